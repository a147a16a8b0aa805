using GoodPractices.Search.Contracts;
using GoodPractices.Web.Hosting;
using GoodPractices.Web.Indexing;
using GoodPractices.Web.Localization;
using GoodPractices.Web.Taxonomy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace GoodPractices.Web.Pages.Home;

/// <summary>The front door: a search box, ways in by the questions readers bring, and what was reviewed lately.</summary>
[OutputCache(PolicyName = CachePolicies.IndexPage)]
public sealed class IndexModel(IndexHost host, IStringLocalizer<Ui> text) : PageModel
{
    public SearchResults Overview { get; private set; } = null!;
    public TaxonomyLabels Labels { get; private set; } = null!;
    public int PracticeCount { get; private set; }

    public IReadOnlyList<FacetValue> Values(string dimension) =>
        Overview.Facets.FirstOrDefault(f => f.Dimension == dimension)?.Values ?? [];

    public IActionResult OnGet()
    {
        if (host.Current is not { } searcher) return StatusCode(StatusCodes.Status503ServiceUnavailable);
        var language = UiLanguages.Of(HttpContext);
        // One search gives both the latest reviews and every dimension's counts.
        Overview = searcher.Search(new SearchRequest { Sort = SearchSort.Reviewed, PageSize = 5, DisplayLanguage = language });
        Labels = new TaxonomyLabels(searcher.Taxonomy, language, text);
        PracticeCount = searcher.PracticeCount;
        Response.Headers["X-Index-Version"] = searcher.Version;
        return Page();
    }
}
