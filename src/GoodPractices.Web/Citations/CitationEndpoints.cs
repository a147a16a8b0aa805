using System.Text;
using GoodPractices.Web.Api;
using GoodPractices.Web.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace GoodPractices.Web.Citations;

/// <summary>
/// <c>/practices/{id}.bib</c>, <c>.ris</c> and <c>.json</c>. Their last segment has a literal extension, which routing ranks
/// above the practice page's bare <c>{id}</c>; the explicit order keeps it so, and ids never hold a dot anyway.
/// </summary>
public static class CitationEndpoints
{
    public static IEndpointRouteBuilder MapCitations(this IEndpointRouteBuilder endpoints)
    {
        var citations = endpoints.MapGroup("/practices").AsOpenData().WithRevalidation(variesDaily: true).WithTags("Citations");
        Map(citations, "bib", BibTeX.Write, BibTeX.ContentType, typeof(string), "CiteBibTeX", "Cite a practice in BibTeX (@online)");
        Map(citations, "ris", Ris.Write, Ris.ContentType, typeof(string), "CiteRis", "Cite a practice in RIS");
        Map(citations, "json", CslJson.Write, CslJson.ContentType, typeof(IReadOnlyList<CslItem>), "CiteCslJson", "Cite a practice in CSL-JSON");
        return endpoints;
    }

    private static void Map(RouteGroupBuilder group, string extension, Func<Citation, string> format, string contentType, Type body, string name, string summary) =>
        group.MapGet("/{id}." + extension, (string id, [FromQuery] string? lang, HttpContext context) => Cite(id, lang, context, extension, format, contentType))
            .WithOrder(-1)
            .WithName(name)
            .WithSummary(summary)
            .WithDescription("The practice's citation: the text in ?lang= (or the page's language) with the address that opens it in that language, " +
                "issued when the entry was first published, with its last review date and today's date as the access date.")
            .Produces(StatusCodes.Status200OK, body, contentType.Split(';')[0])
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static Results<FileContentHttpResult, ProblemHttpResult> Cite(
        string id, string? lang, HttpContext context, string extension, Func<Citation, string> format, string contentType)
    {
        if (OpenDataIndex.Acquire(context) is not { } searcher) return OpenDataProblems.IndexNotReady();
        if (searcher.Find(id) is not { } practice) return OpenDataProblems.UnknownPractice(context, id);
        var citation = Citation.For(practice, lang, UiLanguages.Of(context), SiteLinks.Root(context), DateOnly.FromDateTime(DateTime.UtcNow));
        OpenDataIndex.SetLastModified(context, OpenDataIndex.ToInstant(citation.LastReviewed));
        return TypedResults.File(Encoding.UTF8.GetBytes(format(citation)), contentType, practice.Id + "." + extension);
    }
}
