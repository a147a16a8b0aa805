using GoodPractices.Core.Rendering;
using GoodPractices.Web.Hosting;
using GoodPractices.Web.Indexing;
using GoodPractices.Web.Localization;
using GoodPractices.Web.Practices;
using GoodPractices.Web.Taxonomy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace GoodPractices.Web.Pages.Practices;

/// <summary>One practice on one page, every field of it, ready to read, print or share.</summary>
[OutputCache(PolicyName = CachePolicies.IndexPage)]
public sealed class DetailModel(
    IndexHost host, MarkdownRenderer renderer, IOptions<GoodPracticesOptions> options, IStringLocalizer<Ui> text) : PageModel
{
    private const int MaxRelated = 5;

    public PracticeView View { get; private set; } = null!;

    public IActionResult OnGet(string id, [FromQuery(Name = "lang")] string? lang)
    {
        if (host.Current is not { } searcher) return StatusCode(StatusCodes.Status503ServiceUnavailable);
        if (searcher.Find(id) is not { } practice) return GoodPractices.Web.Contribute.DraftErrorsPage.For(this, id) ?? NotFound();

        var interfaceLanguage = UiLanguages.Of(HttpContext);
        var practiceText = practice.TextIn(PracticeLanguage.Choose(practice, lang, interfaceLanguage));
        var sourcePath = practiceText.IsTranslation
            ? practice.Translations.First(t => t.Language == practiceText.Language).SourcePath
            : practice.SourcePath;
        // The entry's own related list first, then practices the index finds similar.
        var related = searcher.Related(practice.Id, MaxRelated, interfaceLanguage)
            .Select(hit => new RelatedPractice(hit.Id, hit.Title, hit.Summary, hit.Language))
            .ToList();

        View = new PracticeView(
            practice,
            practiceText,
            renderer.ToHtml(practiceText.Body),
            related,
            new TaxonomyLabels(searcher.Taxonomy, interfaceLanguage, text),
            $"{options.Value.RepositoryUrl}/edit/main/practices/{sourcePath}");
        Response.Headers["X-Index-Version"] = searcher.Version;
        return Page();
    }
}
