using GoodPractices.Search.Contracts;
using GoodPractices.Web.Hosting;
using GoodPractices.Web.Indexing;
using GoodPractices.Web.Localization;
using GoodPractices.Web.Search;
using GoodPractices.Web.Taxonomy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace GoodPractices.Web.Pages.Search;

/// <summary>The search page: words, facets, results, all held in the address.</summary>
[OutputCache(PolicyName = CachePolicies.IndexPage)]
public sealed class IndexModel(IndexHost host, IStringLocalizer<Ui> text) : PageModel
{
    public SearchQuery Query { get; private set; } = SearchQuery.Empty;
    public IReadOnlyList<SearchInputProblem> Problems { get; private set; } = [];
    public SearchResults Results { get; private set; } = null!;
    public TaxonomyLabels Labels { get; private set; } = null!;
    public int PracticeCount { get; private set; }

    /// <summary>The search page without a language prefix's knowledge: links add the current path base.</summary>
    public string UrlFor(SearchQuery query) => SearchUrls.For(Request.PathBase, query);

    /// <summary>The link of each facet value: the search with that value added or taken away.</summary>
    public SearchUrls.FacetLinks FacetLinks => _facetLinks ??= new SearchUrls.FacetLinks(Request.PathBase, Query);
    private SearchUrls.FacetLinks? _facetLinks;

    public IActionResult OnGet()
    {
        if (host.Current is not { } searcher) return StatusCode(StatusCodes.Status503ServiceUnavailable);
        (Query, Problems) = SearchQueryParser.Parse(Request.Query);
        var language = UiLanguages.Of(HttpContext);
        Results = searcher.Search(Query.ToRequest(language));
        Labels = new TaxonomyLabels(searcher.Taxonomy, language, text);
        PracticeCount = searcher.PracticeCount;
        Response.Headers["X-Index-Version"] = searcher.Version;
        return Page();
    }
}
