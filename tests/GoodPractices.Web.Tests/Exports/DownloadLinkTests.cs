using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Exports;

public sealed class DownloadLinkTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task TheSearchPageOffersItsResultsAsCsvJsonLinesAndAFeedWithoutThePage()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/search?q=prison&country=IT&sort=title&page=2");

        var downloads = page.QuerySelector(".downloads")!;
        Assert.NotNull(downloads.QuerySelector("a[href='/export.csv?q=prison&country=IT&sort=title']"));
        Assert.NotNull(downloads.QuerySelector("a[href='/export.jsonl?q=prison&country=IT&sort=title']"));
        Assert.NotNull(downloads.QuerySelector("a[href='/feed.atom?q=prison&country=IT']"));
        Assert.Equal("/feed.atom?q=prison&country=IT",
            page.QuerySelector("head link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ACountryProfileOffersItsFeed()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/countries/it");

        Assert.NotNull(page.QuerySelector(".feed-link a[href='/feed.atom?country=IT']"));
        Assert.Equal("/feed.atom?country=IT", page.QuerySelector("head link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task TheDownloadLinksAreTranslated()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/fr/search");

        Assert.Equal("Emporter ces résultats", page.QuerySelector("#downloads-title")!.TextContent);
        Assert.NotNull(page.QuerySelector(".downloads a[href='/fr/export.csv']"));
    }
}
