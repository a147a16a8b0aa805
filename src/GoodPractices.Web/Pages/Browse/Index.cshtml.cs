using GoodPractices.Search.Contracts;
using GoodPractices.Web.Charts;
using GoodPractices.Web.Hosting;
using GoodPractices.Web.Indexing;
using GoodPractices.Web.Localization;
using GoodPractices.Web.Search;
using GoodPractices.Web.Taxonomy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace GoodPractices.Web.Pages.Browse;

/// <summary>
/// Every value of one dimension with what it means and how many practices it has, drawn as bars split by
/// evidence level: the way in for a researcher who starts from "what kinds of intervention are there" rather
/// than from words. Without a dimension, the list of dimensions.
/// </summary>
[OutputCache(PolicyName = CachePolicies.IndexPage)]
public sealed class IndexModel(IndexHost host, IStringLocalizer<Ui> text) : PageModel
{
    public FacetDimension? Dimension { get; private set; }
    public TaxonomyLabels Labels { get; private set; } = null!;
    public IReadOnlyDictionary<string, int> Counts { get; private set; } = new Dictionary<string, int>();
    public BarChart? Chart { get; private set; }

    /// <summary>For the list of dimensions: how many of each dimension's values have practices.</summary>
    public IReadOnlyDictionary<string, int> ValuesInUse { get; private set; } = new Dictionary<string, int>();

    public int PracticeCount { get; private set; }

    public int CountOf(string value) => Counts.GetValueOrDefault(value);

    public IActionResult OnGet(string? dimension)
    {
        if (host.Current is not { } searcher) return StatusCode(StatusCodes.Status503ServiceUnavailable);
        if (dimension is not null)
        {
            Dimension = FacetDimension.Find(dimension);
            if (Dimension is null) return NotFound();
        }
        var language = UiLanguages.Of(HttpContext);
        Labels = new TaxonomyLabels(searcher.Taxonomy, language, text);
        PracticeCount = searcher.PracticeCount;
        var results = searcher.Search(new SearchRequest { PageSize = 1, Snippets = false, DisplayLanguage = language });
        if (Dimension is null)
        {
            ValuesInUse = results.Facets.ToDictionary(f => f.Dimension, f => f.Values.Count(v => v.Count > 0), StringComparer.Ordinal);
        }
        else
        {
            Counts = results.FacetValues(Dimension.Name).ToDictionary(v => v.Value, v => v.Count, StringComparer.Ordinal);
            Chart = ChartOf(searcher, Dimension, language);
        }
        Response.Headers["X-Index-Version"] = searcher.Version;
        return Page();
    }

    private BarChart ChartOf(IPracticeSearcher searcher, FacetDimension dimension, string language)
    {
        var levels = searcher.Taxonomy[FacetDimension.Evidence.Vocabulary!].Terms.Select(t => t.Slug).ToList();
        var byLevel = EvidenceBreakdown.Count(searcher, dimension.Name, levels, language);
        // A vocabulary keeps its own order (evidence runs from strongest to weakest); places go by size.
        var values = dimension.Vocabulary is { } vocabulary
            ? searcher.Taxonomy[vocabulary].Terms.Select(t => t.Slug).Where(Counts.ContainsKey).ToList()
            : Counts.Where(pair => pair.Value > 0).OrderByDescending(pair => pair.Value)
                .ThenBy(pair => Labels.Value(dimension.Name, pair.Key), StringComparer.CurrentCultureIgnoreCase)
                .Select(pair => pair.Key).ToList();
        var rows = values
            .Select(value => new BarChartRow(
                Labels.Value(dimension.Name, value),
                SearchUrls.ForValue(Request.PathBase, dimension.Name, value),
                levels.Select(level => byLevel.GetValueOrDefault(value)?.GetValueOrDefault(level) ?? 0).ToList()))
            .Where(row => row.Total > 0)
            .ToList();
        var series = levels.Select(level => new BarChartSeries("series-" + level, Labels.Term("evidence_levels", level))).ToList();
        var caption = string.Format(text["Practices by {0}, split by evidence level"].Value, Labels.Dimension(dimension.Name).ToLower(System.Globalization.CultureInfo.CurrentCulture));
        return new BarChart("chart-" + dimension.Name, caption, Labels.Dimension(dimension.Name), series, rows);
    }
}
