using System.Net;
using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Countries;

/// <summary>/countries: every country with its count, and every member state still missing, with a way to fill the gap.</summary>
public sealed class CountriesPageTests(CountriesSite site) : IClassFixture<CountriesSite>
{
    [Fact]
    public async Task EveryCountryWithPracticesIsListedWithItsCount()
    {
        var (response, _, page) = await Html.GetAsync(site.Client(), "/countries");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll(".country-counts li")
            .ToDictionary(li => li.QuerySelector("a")!.TextContent, li => li.QuerySelector(".count")!.TextContent);
        Assert.Equal(["Czechia", "Ireland", "Italy", "Portugal"], rows.Keys);
        Assert.Equal("5 practices", rows["Italy"]);
        Assert.Equal("1 practice", rows["Ireland"]);
        Assert.Equal("/countries/it", page.QuerySelectorAll(".country-counts a").Single(a => a.TextContent == "Italy").GetAttribute("href"));
    }

    [Fact]
    public async Task EveryMemberStateWithoutAPracticeOffersToProposeOneForIt()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/countries");

        var missing = page.QuerySelectorAll(".missing-countries li").ToList();
        // 27 member states, four of them with practices (Czechia, Ireland, Italy, Portugal).
        Assert.Equal(23, missing.Count);
        var poland = missing.Single(li => li.QuerySelector(".country-name")!.TextContent == "Poland");
        var link = poland.QuerySelector("a")!;
        Assert.StartsWith("No practice yet: propose one", link.TextContent, StringComparison.Ordinal);
        Assert.Equal("/contribute?country=PL", link.GetAttribute("href"));
        Assert.DoesNotContain(missing, li => li.TextContent.Contains("Italy", StringComparison.Ordinal));
        Assert.DoesNotContain(missing, li => li.TextContent.Contains("Norway", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheContributeFormOpensWithTheCountryFromTheLinkChosen()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/contribute?country=PL");

        var chosen = page.QuerySelectorAll("input[name=Countries][checked]").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal(["PL"], chosen);
    }

    [Fact]
    public async Task AnUnknownCountryInTheContributeLinkChoosesNothingAndIsNoError()
    {
        var (response, _, page) = await Html.GetAsync(site.Client(), "/contribute?country=%3Cscript%3E");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(page.QuerySelectorAll("input[name=Countries][checked]"));
    }

    [Fact]
    public async Task EntriesForTheWholeWorldAreCountedApartAndFoundUnderTheInternationalRegion()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/countries");
        var link = page.QuerySelectorAll("a").Single(a => a.TextContent.StartsWith("International entries", StringComparison.Ordinal));
        Assert.Equal("/search?region=international", link.GetAttribute("href"));
        Assert.Equal("1 practice", link.ParentElement!.QuerySelector(".count")!.TextContent);

        var (_, _, search) = await Html.GetAsync(site.Client(), "/search?region=international");
        Assert.Equal(["int-world-handbook"], Html.ResultIds(search));
    }

    [Fact]
    public async Task TheCountryListOffersAComparisonThatWorksWithoutScript()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/countries");

        var form = page.QuerySelector("form.compare-chooser")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/compare", form.GetAttribute("action"));
        Assert.Equal(["CZ", "IE", "IT", "PT"], form.QuerySelectorAll("input[type=checkbox][name=countries]").Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public async Task TheListSpeaksTheReadersLanguage()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/fr/countries");

        Assert.Equal("Pays", page.QuerySelector("h1")!.TextContent);
        var poland = page.QuerySelectorAll(".missing-countries li").Single(li => li.QuerySelector(".country-name")!.TextContent == "Pologne");
        Assert.StartsWith("Aucune pratique pour l'instant : proposez-en une", poland.QuerySelector("a")!.TextContent, StringComparison.Ordinal);
    }
}
