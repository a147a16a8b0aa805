using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Caching;

public sealed class OutputCacheTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task ARepeatedSearchIsServedFromTheCache()
    {
        var client = site.Client();
        const string address = "/search?q=treatment&status=active";

        var first = await client.GetAsync(new Uri(address, UriKind.Relative));
        var second = await client.GetAsync(new Uri(address, UriKind.Relative));

        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
    }

    [Fact]
    public async Task APrefixedPageIsCachedForReadersWithoutTheLanguageCookieAndStillSetsIt()
    {
        // A crawler or a first visit: no cookie is kept between requests, so each is told the language again.
        var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        const string address = "/fr/search?q=prison&status=active";

        var first = await client.GetAsync(new Uri(address, UriKind.Relative));
        var second = await client.GetAsync(new Uri(address, UriKind.Relative));
        var page = Html.Parse(await second.Content.ReadAsStringAsync());

        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.All(new[] { first, second }, response =>
            Assert.StartsWith("gp-lang=c%3Dfr%7Cuic%3Dfr;", response.Headers.GetValues("Set-Cookie").Single(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheCacheKeepsSearchesWithDifferentFiltersApart()
    {
        var client = site.Client();
        await client.GetAsync(new Uri("/search?country=IE", UriKind.Relative));

        var (_, _, page) = await Html.GetAsync(client, "/search?country=IT");

        Assert.Equal(3, Html.ResultIds(page).Count);
    }

    [Fact]
    public async Task TheCacheKeepsLanguagesApart()
    {
        var client = site.Client();
        await client.GetAsync(new Uri("/search?q=court", UriKind.Relative));
        var french = new HttpRequestMessage(HttpMethod.Get, new Uri("/search?q=court", UriKind.Relative));
        french.Headers.AcceptLanguage.ParseAdd("fr");

        var response = await client.SendAsync(french);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        // An unprefixed address is English for everyone; the French reader is offered French, not a cached page without it.
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("/fr/search?q=court", page.QuerySelector(".language-banner a")!.GetAttribute("href"));
    }

    [Fact]
    // The long, immutable Cache-Control comes with the published asset manifest; a build (as here) asks for
    // revalidation so that edits show at once. What a test can check is that pages link the fingerprinted file.
    public async Task TheStylesheetIsLinkedByAFingerprintedAddress()
    {
        var client = site.Client();
        var (_, _, page) = await Html.GetAsync(client, "/about");
        var href = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        var response = await client.GetAsync(new Uri(href, UriKind.Relative));

        Assert.Matches(@"^/css/site\.[a-z0-9]+\.css$", href);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }
}
