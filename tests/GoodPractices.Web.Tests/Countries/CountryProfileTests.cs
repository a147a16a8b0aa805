using System.Net;
using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Countries;

/// <summary>A country profile: the national context first, then each practice once, by intervention type, under a chart.</summary>
public sealed class CountryProfileTests(CountriesSite site) : IClassFixture<CountriesSite>
{
    [Fact]
    public async Task TheProfileOpensWithTheNationalContextAndItsSources()
    {
        var (response, _, page) = await Html.GetAsync(site.Client(), "/countries/it");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var context = page.QuerySelector("section.national-context")!;
        Assert.Equal("National context", context.QuerySelector("h2")!.TextContent);
        Assert.StartsWith("Possession for personal use is an administrative offence in Italy.", context.QuerySelector(".context-body")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("en", context.QuerySelector(".context-body")!.GetAttribute("lang"));
        Assert.Equal("https://example.org/it-report", context.QuerySelector(".context-sources a")!.GetAttribute("href"));
        // It comes before the practices.
        var headings = page.QuerySelectorAll("h2").Select(h => h.TextContent).ToList();
        Assert.True(headings.IndexOf("National context") < headings.IndexOf("Practices by intervention type"));
    }

    [Fact]
    public async Task AFrenchReaderReadsTheFrenchContextWithTheOriginalsSources()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/fr/countries/it");

        var context = page.QuerySelector("section.national-context")!;
        Assert.Equal("Contexte national", context.QuerySelector("h2")!.TextContent);
        Assert.StartsWith("En Italie", context.QuerySelector(".context-body")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("fr", context.QuerySelector(".context-body")!.GetAttribute("lang"));
        Assert.NotNull(context.QuerySelector(".context-sources a[href='https://example.org/it-report']"));
        Assert.Null(context.QuerySelector(".translation-note"));
    }

    [Fact]
    public async Task AContextInAnotherLanguageThanThePageSaysSo()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/countries/pt");

        var context = page.QuerySelector("section.national-context")!;
        Assert.Equal("This national context is written in Portuguese; no English version yet.", context.QuerySelector(".translation-note")!.TextContent);
        Assert.Equal("pt", context.QuerySelector(".context-body")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task EachPracticeIsListedOnceUnderItsMainType()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/countries/it");

        var list = page.QuerySelector("section[aria-labelledby=list-title]")!;
        var links = list.QuerySelectorAll("a[href^='/practices/']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(5, links.Count);
        Assert.Equal(links.Count, links.Distinct().Count());
        var groups = list.QuerySelectorAll("h3.group-title").Select(h => h.TextContent.Trim()).ToList();
        // Vocabulary order; a practice of legal aid and family support appears under legal aid only.
        Assert.Equal(["Opioid agonist treatment 1", "Therapeutic community 1", "Legal aid 2", "Family support 1"], groups);
    }

    [Fact]
    public async Task TheCountsAreASvgBarChartDrawnOnTheServerWithATextAlternative()
    {
        var (_, body, page) = await Html.GetAsync(site.Client(), "/countries/it");

        var chart = page.QuerySelector("figure.bar-chart svg")!;
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.Equal("Practices in Italy by intervention type", chart.QuerySelector("title")!.TextContent);
        var description = chart.QuerySelector("desc")!.TextContent;
        Assert.Contains("Family support: 3", description, StringComparison.Ordinal);
        Assert.Contains("Legal aid: 2", description, StringComparison.Ordinal);
        var bars = chart.QuerySelectorAll("rect.bar").Select(r => r.GetAttribute("width")).ToList();
        Assert.Equal(5, bars.Count);
        Assert.Equal("85%", bars[0]);
        Assert.Null(page.QuerySelector("figure.bar-chart script"));
        Assert.DoesNotContain("chart.js", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ABrokenContextIsLeftOutWhileTheCountrysPracticesAndOtherContextsStillShow()
    {
        var (response, _, page) = await Html.GetAsync(site.Client(), "/countries/fr");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("section.national-context"));
        Assert.Contains("No national context for France has been written yet.", page.Body!.TextContent, StringComparison.Ordinal);
        var (_, _, italy) = await Html.GetAsync(site.Client(), "/countries/it");
        Assert.NotNull(italy.QuerySelector("section.national-context"));
    }

    [Fact]
    public async Task ACountryWithNothingYetLeadsToTheContributeFormWithItChosen()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/countries/pl");

        var link = page.QuerySelectorAll("a").Single(a => a.TextContent == "No practice yet: propose one");
        Assert.Equal("/contribute?country=PL", link.GetAttribute("href"));
    }

    [Fact]
    public async Task TheProfileOffersToCompareTheCountryWithAnother()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/countries/it");

        var form = page.QuerySelector("form.compare-with")!;
        Assert.Equal("/compare", form.GetAttribute("action"));
        Assert.Equal("IT", form.QuerySelector("input[type=hidden][name=countries]")!.GetAttribute("value"));
        Assert.Equal(["CZ", "IE", "PT"], form.QuerySelectorAll("select[name=countries] option").Select(o => o.GetAttribute("value")));
    }
}
