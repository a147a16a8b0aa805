using GoodPractices.Web.Api;

namespace GoodPractices.Web.Exports;

/// <summary><c>/export.csv</c>, <c>/export.jsonl</c> and <c>/data/practices.json</c>.</summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder endpoints)
    {
        // Not output-cached: an export of everything is large, and revalidation already spares a client a second copy.
        var exports = endpoints.MapGroup("").AsOpenData().WithRevalidation().WithTags("Exports");

        exports.MapGet("/export.csv", ExportHandlers.Csv)
            .WithName("ExportCsv")
            .WithSummary("Export a search as CSV")
            .WithDescription("Every practice the search matches, one row each, RFC 4180, UTF-8 with a byte order mark. Lists of slugs and codes are joined with '; '; lists of organisations and sources put one value on each line of the cell.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .WithSearchParameters(pageable: false);
        exports.MapGet("/export.jsonl", ExportHandlers.JsonLines)
            .WithName("ExportJsonLines")
            .WithSummary("Export a search as JSON Lines")
            .WithDescription("Every practice the search matches, one JSON object a line, with every field, its Markdown body and its translations.")
            .Produces<string>(StatusCodes.Status200OK, "application/jsonl")
            .WithSearchParameters(pageable: false);
        exports.MapGet("/data/practices.json", ExportHandlers.Corpus)
            .RequireRateLimiting(OpenDataPolicies.CorpusRateLimit)
            .WithName("DownloadCorpus")
            .WithSummary("Download the whole corpus")
            .WithDescription("Every practice with its translations as one JSON document, with the licence of the content (CC BY 4.0) and the index version.")
            .Produces<CorpusDocument>(StatusCodes.Status200OK, "application/json");
        return endpoints;
    }
}
