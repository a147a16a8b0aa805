using GoodPractices.Core.Rendering;
using GoodPractices.Search.Contracts;
using GoodPractices.Web.Localization;
using GoodPractices.Web.Search;
using GoodPractices.Web.Taxonomy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace GoodPractices.Web.Api;

/// <summary>The handlers of <c>/api/*</c>: each reads one index version and answers a record.</summary>
public static class ApiHandlers
{
    public static Results<Ok<SearchResponse>, ProblemHttpResult> Search(HttpContext context, IStringLocalizer<Ui> text)
    {
        if (OpenDataIndex.Acquire(context) is not { } searcher) return OpenDataProblems.IndexNotReady();
        var input = SearchInput.Read(context);
        var results = searcher.Search(input.ToRequest());
        var labels = new TaxonomyLabels(searcher.Taxonomy, input.Language, text);
        var encoder = context.RequestServices.GetRequiredService<System.Text.Encodings.Web.HtmlEncoder>();
        // Links follow the language of the answer, whether it was asked for with a /fr/ prefix or with ?lang=fr.
        var local = SiteLinks.InLanguage(context, input.Language);
        var query = input.Query with { Page = results.Page };
        string Api(SearchQuery q) => local + "/api/search" + (input with { Query = q }).QueryString(withPage: true);

        return TypedResults.Ok(new SearchResponse(
            new SearchQueryResponse(results.Query.Text, results.Query.Understood, results.Query.ReadAsPlainWords,
                results.ShowingResultsFor, results.DidYouMean, input.Query.Filters,
                input.Query.FromYear, input.Query.ToYear, SearchUrls.SortName(input.Query.Sort), input.Language,
                results.Places.Select(p => new PlaceFilterResponse(p.Dimension, p.Values,
                    labels.Place(p),
                    PlaceFilters.HasResults(results, p) ? Api(PlaceFilters.Only(query, p)) : null)).ToList()),
            results.TotalHits,
            results.Page,
            results.PageSize,
            results.PageCount,
            results.Hits.Select(hit => new SearchHitResponse(hit.Id, local + "/practices/" + hit.Id, local + "/api/practices/" + hit.Id,
                hit.Title, SnippetHtml.Of(new Snippet(hit.Title, hit.TitleMarks), encoder), hit.Summary, hit.Language, SnippetHtml.Of(hit.Snippet, encoder), hit.Snippet.Language, hit.Countries, hit.InterventionTypes, hit.StartYear,
                hit.LastReviewed, input.Query.Sort == SearchSort.Relevance && float.IsFinite(hit.Score) ? hit.Score : null,
                hit.MissingWords,
                hit.FoundThrough.Select(tag => new TagResponse(tag.Dimension, tag.Value, labels.Value(tag.Dimension, tag.Value))).ToList())).ToList(),
            results.Facets.Select(facet => new FacetResponse(facet.Dimension, labels.Dimension(facet.Dimension),
                facet.Values.Select(v => new FacetValueResponse(v.Value, labels.Value(facet.Dimension, v.Value), v.Count, v.Selected)).ToList())).ToList(),
            ApiNotices.Describe(input, results, text),
            new SearchLinks(
                Api(query),
                results.Page < results.PageCount ? Api(query.WithPage(results.Page + 1)) : null,
                results.Page > 1 ? Api(query.WithPage(results.Page - 1)) : null,
                local + SearchUrls.For(PathString.Empty, query),
                local + "/export.csv" + input.QueryString(withPage: false),
                local + "/export.jsonl" + input.QueryString(withPage: false),
                local + "/feed.atom" + input.QueryString(withPage: false, withSort: false)),
            searcher.Version));
    }

    /// <summary>At most this many completions, as a search box shows them.</summary>
    public const int MaxSuggestions = 8;

    public static Results<Ok<SuggestResponse>, ProblemHttpResult> Suggest(HttpContext context, string? q)
    {
        if (OpenDataIndex.Acquire(context) is not { } searcher) return OpenDataProblems.IndexNotReady();
        var prefix = (q ?? "").Trim();
        // One letter matches too much to help; a pasted essay is not a prefix.
        if (prefix.Length is < 2 or > 100) return TypedResults.Ok(new SuggestResponse(prefix, []));
        // In the reader's interface language: a French reader typing "nalo" wants "Naloxone", not five translations of it.
        return TypedResults.Ok(new SuggestResponse(prefix, searcher.Suggest(prefix, MaxSuggestions, UiLanguages.Of(context))));
    }

    public static Results<Ok<PracticeDocument>, ProblemHttpResult> Practice(
        string id, HttpContext context, MarkdownRenderer renderer)
    {
        if (OpenDataIndex.Acquire(context) is not { } searcher) return OpenDataProblems.IndexNotReady();
        if (searcher.Find(id) is not { } practice) return OpenDataProblems.UnknownPractice(context, id);
        OpenDataIndex.SetLastModified(context, OpenDataIndex.ToInstant(practice.LastReviewed));
        return TypedResults.Ok(PracticeDocuments.From(practice, searcher.Taxonomy, SiteLinks.Root(context), renderer));
    }

    public static Results<Ok<TaxonomyResponse>, ProblemHttpResult> Taxonomy(HttpContext context) =>
        OpenDataIndex.Acquire(context) is { } searcher
            ? TypedResults.Ok(TaxonomyResponse.From(searcher.Taxonomy, searcher.Version))
            : OpenDataProblems.IndexNotReady();

    public static Results<Ok<IReadOnlyList<CountryResponse>>, ProblemHttpResult> Countries(HttpContext context)
    {
        if (OpenDataIndex.Acquire(context) is not { } searcher) return OpenDataProblems.IndexNotReady();
        var counts = searcher.Search(new SearchRequest { PageSize = 1 }).Facets
            .FirstOrDefault(f => f.Dimension == FacetDimension.Country.Name)?.Values
            .ToDictionary(v => v.Value, v => v.Count, StringComparer.Ordinal) ?? [];
        var taxonomy = searcher.Taxonomy;
        var local = SiteLinks.Localized(context);
        IReadOnlyList<CountryResponse> countries = taxonomy.Countries.Values
            .OrderBy(c => c.Code, StringComparer.Ordinal)
            .Select(c => new CountryResponse(
                c.Code,
                taxonomy.InterfaceLanguages.ToDictionary(language => language, language => c.Name[language], StringComparer.Ordinal),
                c.Region,
                c.Eu,
                counts.GetValueOrDefault(c.Code),
                local + "/countries/" + c.Code.ToLowerInvariant(),
                local + "/feed.atom?country=" + c.Code))
            .ToList();
        return TypedResults.Ok(countries);
    }
}
