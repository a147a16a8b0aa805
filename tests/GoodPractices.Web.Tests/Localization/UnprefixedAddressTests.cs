using System.Net;
using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Localization;

/// <summary>A link without a language prefix reads the same for everyone; only the home page and a banner follow the reader.</summary>
public sealed class UnprefixedAddressTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private HttpClient ClientWith(string? cookieLanguage = null, string? acceptLanguage = null)
    {
        var client = site.Client();
        if (cookieLanguage is not null) client.DefaultRequestHeaders.Add("Cookie", $"gp-lang=c%3D{cookieLanguage}%7Cuic%3D{cookieLanguage}");
        if (acceptLanguage is not null) client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        return client;
    }

    [Fact]
    public async Task AnUnprefixedLinkIsEnglishWhateverTheCookieOrBrowserSay()
    {
        var (response, _, page) = await Html.GetAsync(ClientWith("cs", "cs-CZ,cs;q=0.9"), "/search?country=IT");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Search", page.QuerySelector("form.search-form button[type=submit]")!.TextContent);
        Assert.Contains("Cookie", response.Headers.Vary);
        Assert.Contains("Accept-Language", response.Headers.Vary);
    }

    [Fact]
    public async Task AReaderWhoChoseCzechIsOfferedTheCzechPageInCzech()
    {
        var (_, _, page) = await Html.GetAsync(ClientWith("cs"), "/search?country=IT");

        var banner = page.QuerySelector(".language-banner")!;
        Assert.Equal("cs", banner.GetAttribute("lang"));
        Assert.Equal("/cs/search?country=IT", banner.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("v češtině", banner.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABrowserThatPrefersPortugueseIsOfferedPortugueseAndAnEnglishReaderNothing()
    {
        var (_, _, portuguese) = await Html.GetAsync(ClientWith(acceptLanguage: "pt-PT,pt;q=0.9,en;q=0.5"), "/browse");
        var (_, _, english) = await Html.GetAsync(ClientWith(acceptLanguage: "en-GB,en;q=0.9,fr;q=0.5"), "/browse");

        Assert.Equal("/pt/browse", portuguese.QuerySelector(".language-banner a")!.GetAttribute("href"));
        Assert.Null(english.QuerySelector(".language-banner"));
    }

    [Fact]
    public async Task TheBannerIsNotServedFromCacheToSomeoneElse()
    {
        await Html.GetAsync(ClientWith("fr"), "/browse/status");
        var (_, _, plain) = await Html.GetAsync(ClientWith(), "/browse/status");
        var (_, _, czech) = await Html.GetAsync(ClientWith("cs"), "/browse/status");

        Assert.Null(plain.QuerySelector(".language-banner"));
        Assert.Equal("/cs/browse/status", czech.QuerySelector(".language-banner a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task APrefixedPageHasNoBanner()
    {
        var (_, _, page) = await Html.GetAsync(ClientWith("cs"), "/fr/search");

        Assert.Null(page.QuerySelector(".language-banner"));
        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("cs", null, "/cs/")]
    [InlineData(null, "it-IT,it;q=0.9", "/it/")]
    [InlineData("en", "it-IT,it;q=0.9", null)]
    [InlineData(null, null, null)]
    public async Task TheHomePageGoesToTheRememberedOrPreferredLanguage(string? cookie, string? accept, string? expected)
    {
        var client = site.Client();
        if (cookie is not null) client.DefaultRequestHeaders.Add("Cookie", $"gp-lang=c%3D{cookie}%7Cuic%3D{cookie}");
        if (accept is not null) client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(accept);

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("Cookie", response.Headers.Vary);
        if (expected is null) Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(expected, response.Headers.Location!.OriginalString);
        }
    }
}
