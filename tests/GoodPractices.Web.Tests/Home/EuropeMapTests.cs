using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Home;

/// <summary>The home page's map of Europe: drawn on the server, each country with practices a link with its count.</summary>
public sealed class EuropeMapTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task ACountryWithPracticesIsALinkToItsProfileNamedWithItsCount()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/");

        var italy = page.QuerySelector(".europe-map svg a[href='/countries/it']");
        Assert.NotNull(italy);
        Assert.Equal("IT 3: Italy, 3 practices", italy.GetAttribute("aria-label"));
        Assert.Equal("3", italy.QuerySelector("text.n")!.TextContent);
    }

    [Fact]
    public async Task CountriesAreShadedByTheirNumberOfPracticesAndThoseWithoutAreNotLinks()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/");

        Assert.NotNull(page.QuerySelector(".europe-map a[href='/countries/it'] rect.step-2"));
        Assert.NotNull(page.QuerySelector(".europe-map a[href='/countries/ie'] rect.step-1"));
        Assert.Null(page.QuerySelector(".europe-map a[href='/countries/de']"));
        Assert.Equal(4, page.QuerySelectorAll(".europe-map svg a").Length); // IT, PT, IE, CZ
    }

    [Fact]
    public async Task TheMapSpeaksTheReadersLanguage()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/fr/");

        Assert.Equal("IT 3: Italie, 3 pratiques", page.QuerySelector(".europe-map a[href='/fr/countries/it']")?.GetAttribute("aria-label")
            ?? page.QuerySelector(".europe-map a[href$='/countries/it']")!.GetAttribute("aria-label"));
    }
}
