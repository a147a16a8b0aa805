using System.Globalization;
using System.Text.Json;
using GoodPractices.Search.Contracts;
using GoodPractices.Web.Api;
using GoodPractices.Web.Practices;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace GoodPractices.Web.Exports;

/// <summary>
/// Downloads of a whole search (every match, not one page) and of the whole corpus, written to the response as
/// they are read, so that a large export never sits in memory.
/// </summary>
public static class ExportHandlers
{
    public const string CsvContentType = "text/csv; charset=utf-8; header=present";
    public const string JsonLinesContentType = "application/jsonl; charset=utf-8";

    public static Results<PushStreamHttpResult, ProblemHttpResult> Csv(HttpContext context)
    {
        if (OpenDataIndex.Acquire(context) is not { } searcher) return OpenDataProblems.IndexNotReady();
        var input = SearchInput.Read(context);
        var matches = Describe(context, searcher, input);
        var root = SiteLinks.Root(context);
        return TypedResults.Stream(async body =>
        {
            await using var writer = new StreamWriter(body, PracticeCsv.Encoding, bufferSize: 16 * 1024, leaveOpen: true);
            await using var csv = new CsvRowWriter(writer);
            await csv.WriteRowAsync(PracticeCsv.Columns).ConfigureAwait(false);
            foreach (var practice in matches.Practices)
                await csv.WriteRowAsync(PracticeCsv.Row(practice, searcher.Taxonomy, root, input.Language)).ConfigureAwait(false);
            await writer.FlushAsync(context.RequestAborted).ConfigureAwait(false);
        }, CsvContentType, ExportFileNames.For(input.Query, "csv", DateTime.UtcNow));
    }

    public static Results<PushStreamHttpResult, ProblemHttpResult> JsonLines(HttpContext context, IOptions<JsonOptions> json)
    {
        if (OpenDataIndex.Acquire(context) is not { } searcher) return OpenDataProblems.IndexNotReady();
        var input = SearchInput.Read(context);
        var matches = Describe(context, searcher, input);
        var root = SiteLinks.Root(context);
        var options = json.Value.SerializerOptions;
        return TypedResults.Stream(async body =>
        {
            foreach (var practice in matches.Practices)
            {
                // Shown as the search shows it: in the reader's language when a translation exists; the rest is the original's.
                var document = PracticeDocuments.From(practice, searcher.Taxonomy, root, renderer: null);
                var text = practice.TextIn(PracticeLanguage.Choose(practice, null, input.Language));
                await JsonSerializer.SerializeAsync(body, document with { Title = text.Title, Summary = text.Summary }, options, context.RequestAborted)
                    .ConfigureAwait(false);
                await body.WriteAsync("\n"u8.ToArray(), context.RequestAborted).ConfigureAwait(false);
            }
        }, JsonLinesContentType, ExportFileNames.For(input.Query, "jsonl", DateTime.UtcNow));
    }

    public static Results<PushStreamHttpResult, ProblemHttpResult> Corpus(HttpContext context, IOptions<JsonOptions> json)
    {
        if (OpenDataIndex.Acquire(context) is not { } searcher) return OpenDataProblems.IndexNotReady();
        var root = SiteLinks.Root(context);
        var options = json.Value.SerializerOptions;
        context.Response.Headers["X-Index-Version"] = searcher.Version;
        return TypedResults.Stream(body => CorpusDump.WriteAsync(body, searcher, root, options, context.RequestAborted), "application/json; charset=utf-8");
    }

    // One run of the search ranks every hit; the practices are read as they are written. The count and the version
    // are known before the first row, so a client can show progress.
    private static AllMatches Describe(HttpContext context, IPracticeSearcher searcher, SearchInput input)
    {
        var matches = searcher.SearchAll(input.ToRequestForAll());
        context.Response.Headers["X-Total-Count"] = matches.TotalHits.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["X-Index-Version"] = searcher.Version;
        return matches;
    }
}
