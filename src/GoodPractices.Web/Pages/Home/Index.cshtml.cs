using GoodPractices.Search.Contracts;
using GoodPractices.Web.Charts;
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
    public BarChart StartYearChart { get; private set; } = null!;

    public IReadOnlyList<FacetValue> Values(string dimension) =>
        Overview.FacetValues(dimension);

    public IActionResult OnGet()
    {
        if (host.Current is not { } searcher) return StatusCode(StatusCodes.Status503ServiceUnavailable);
        var language = UiLanguages.Of(HttpContext);
        // One search gives both the latest reviews and every dimension's counts.
        Overview = searcher.Search(new SearchRequest { Sort = SearchSort.Reviewed, PageSize = 5, DisplayLanguage = language });
        Labels = new TaxonomyLabels(searcher.Taxonomy, language, text);
        PracticeCount = searcher.PracticeCount;
        StartYearChart = StartYearChartOf(searcher, language);
        Response.Headers["X-Index-Version"] = searcher.Version;
        return Page();
    }

    private BarChart StartYearChartOf(IPracticeSearcher searcher, string language)
    {
        var rows = StartYears.Count(searcher, DateTime.UtcNow.Year, language)
            .SkipWhile(row => row.Count == 0)
            .Select(row => new BarChartRow(
                row.First is { } first ? $"{first}–{row.Last}" : string.Format(text["before {0}"].Value, row.Last + 1),
                null,
                [row.Count]))
            .ToList();
        return new BarChart("chart-start-years", text["Practices by the year they started"], text["Started"], [new BarChartSeries("series-plain", text["Practices"])], rows);
    }
}
