using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Home;

/// <summary>The home page's map of Europe: real country outlines filled on the server, each country with practices a link.</summary>
public sealed class EuropeMapTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task ACountryWithPracticesIsALinkToItsProfileNamedWithItsCount()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/");

        var italy = page.QuerySelector(".europe-map svg a[href='/countries/it']");
        Assert.NotNull(italy);
        Assert.Equal("Italy, 3 practices", italy.GetAttribute("aria-label"));
        Assert.Equal("Italy: 3 practices", italy.QuerySelector("title")!.TextContent);
        Assert.Equal("Italy · 3", page.QuerySelector(".europe-map .map-label[data-country='IT'] text")!.TextContent);
    }

    [Fact]
    public async Task CountriesAreShadedByTheirNumberOfPracticesAndThoseWithoutAreDrawnButNotLinks()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/");

        Assert.NotNull(page.QuerySelector(".europe-map a[href='/countries/it'] path.step-2"));
        Assert.NotNull(page.QuerySelector(".europe-map a[href='/countries/ie'] path.step-1"));
        Assert.Null(page.QuerySelector(".europe-map a[href='/countries/de']"));
        Assert.Equal(4, page.QuerySelectorAll(".europe-map svg a").Length); // IT, PT, IE, CZ
        Assert.True(page.QuerySelectorAll(".europe-map .land path.step-0").Length > 30, "the rest of Europe is drawn too");
    }

    [Fact]
    public async Task OutlinesAreWrittenTheSameInEveryLanguage()
    {
        var (_, _, english) = await Html.GetAsync(site.Client(), "/");
        var (_, _, french) = await Html.GetAsync(site.Client(), "/fr/");

        var italyPath = english.QuerySelector(".europe-map a[href='/countries/it'] path")!.GetAttribute("d");
        Assert.Equal(italyPath, french.QuerySelector(".europe-map a[href='/fr/countries/it'] path")!.GetAttribute("d"));
        Assert.DoesNotContain(",", italyPath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheMapSpeaksTheReadersLanguage()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/fr/");

        Assert.Equal("Italie, 3 pratiques", page.QuerySelector(".europe-map a[href='/fr/countries/it']")!.GetAttribute("aria-label"));
    }
}
