using AngleSharp.Dom;
using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Browse;

/// <summary>The pictures on /browse and the home page: server-drawn bars, with every number also in a table.</summary>
public sealed class BrowseChartTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static IElement TableRow(IDocument page, string chartId, string label) =>
        page.QuerySelectorAll($"#{chartId}-caption ~ details table tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent.Trim() == label);

    private static IReadOnlyList<string> Cells(IElement row) => row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();

    [Fact]
    public async Task ADimensionsChartSplitsEachValueByEvidenceLevel()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/browse/intervention");

        var headings = page.QuerySelectorAll("#chart-intervention-caption ~ details thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["Intervention type", "Systematic review", "Rigorous evaluation", "Outcomes evaluated", "Process evaluation",
            "Promising, not evaluated", "Mixed or no effect", "Harmful", "Practices"], headings);
        // One practice backed by a systematic review, one with outcomes evaluated.
        Assert.Equal(["1", "0", "1", "0", "0", "0", "0", "2"], Cells(TableRow(page, "chart-intervention", "Opioid agonist treatment")));
        Assert.Equal("/search?intervention=opioid-agonist-treatment",
            TableRow(page, "chart-intervention", "Opioid agonist treatment").QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task EachBarIsDrawnAsLongAsItsCountWithOnePartPerEvidenceLevel()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/browse/country");

        var italy = page.QuerySelectorAll(".chart-rows li").Single(li => li.QuerySelector(".chart-label")!.TextContent == "Italy");
        Assert.Equal("3 practices", italy.QuerySelector(".visually-hidden")!.TextContent);
        var parts = italy.QuerySelectorAll("svg.chart-bar rect").Select(r => (r.GetAttribute("class"), r.GetAttribute("width"))).ToList();
        Assert.Equal([("series-systematic-review", "1"), ("series-process-evaluation", "1"), ("series-promising-unevaluated", "1")], parts);
        Assert.Equal("0 0 3 1", italy.QuerySelector("svg.chart-bar")!.GetAttribute("viewBox"));
        Assert.Equal("true", italy.QuerySelector("svg.chart-bar")!.GetAttribute("aria-hidden"));
    }

    [Fact]
    public async Task TheEvidenceChartCountsEachLevelOnce()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/browse/evidence");

        Assert.Equal("2", Cells(TableRow(page, "chart-evidence", "Outcomes evaluated")).Last());
        Assert.Equal("1", Cells(TableRow(page, "chart-evidence", "Mixed or no effect")).Last());
    }

    [Fact]
    public async Task BrowseListsEveryDimensionWithASentenceAndHowManyValuesHavePractices()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/browse");

        var items = page.QuerySelectorAll(".browse-dimensions li");
        Assert.Equal(9, items.Length);
        var country = items.Single(li => li.QuerySelector("h2 a")!.GetAttribute("href") == "/browse/country");
        Assert.Equal("The countries where the practice runs.", country.QuerySelectorAll("p")[0].TextContent);
        Assert.Equal("4 values with practices", country.QuerySelector(".count")!.TextContent); // IT, PT, IE, CZ
    }

    [Fact]
    public async Task TheHomePageShowsPracticesByTheYearTheyStarted()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/");

        var rows = page.QuerySelectorAll("#chart-start-years-caption ~ details tbody tr")
            .Select(tr => (tr.QuerySelector("th")!.TextContent.Trim(), tr.QuerySelector("td")!.TextContent.Trim())).ToList();
        Assert.Equal(("2000–2004", "2"), rows[0]);
        Assert.Equal(("2005–2009", "1"), rows[1]);
        Assert.Contains(("2020–2024", "1"), rows);
        Assert.Equal(6, rows.Sum(r => int.Parse(r.Item2, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
