using System.Net;
using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Search;

/// <summary>What search.js relies on from the server: its file, and the parts of the page it swaps, marked.</summary>
public sealed class SearchScriptTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task TheSearchPageLoadsItsScriptByAFingerprintedAddress()
    {
        var client = site.Client();
        var (_, _, page) = await Html.GetAsync(client, "/search?country=IT");
        var src = page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).Single(s => s.Contains("search", StringComparison.Ordinal));

        var response = await client.GetAsync(new Uri(src, UriKind.Relative));

        Assert.Matches(@"^/js/search\.[a-z0-9]+\.js$", src);
        Assert.True(page.QuerySelector($"script[src='{src}']")!.HasAttribute("defer"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TheSearchPageRunsNoInlineScript()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/search?q=prison&country=IT");

        Assert.All(page.QuerySelectorAll("script"), script => Assert.True(script.HasAttribute("src")));
        Assert.Empty(page.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.Ordinal)).Select(a => a.Name));
    }

    [Fact]
    public async Task EveryPartTheScriptReplacesIsMarkedOnceEvenWhenItIsEmpty()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/search?country=IT");

        var parts = page.QuerySelectorAll("[data-search-part]").Select(p => p.GetAttribute("data-search-part")!).ToList();

        Assert.Equal(["heading", "messages", "facets", "results"], parts);
        Assert.Empty(page.QuerySelectorAll("[data-search-part=messages] .notice"));
        Assert.NotNull(page.QuerySelector("[data-search-region] [data-search-part=results] .result-count"));
        Assert.Single(page.QuerySelectorAll("form.search-form"));
    }

    [Theory]
    [InlineData("/", "/api/suggest")]
    [InlineData("/search?q=prison", "/api/suggest")]
    [InlineData("/fr/search?q=prison", "/fr/api/suggest")]
    public async Task BothSearchBoxesAskForSuggestionsInTheReadersLanguage(string path, string suggest)
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), path);

        var box = page.QuerySelector("form.search-form input[name=q]")!;
        Assert.Equal(suggest, box.GetAttribute("data-suggest"));
        Assert.Contains(page.QuerySelectorAll("script[src]"), s => s.GetAttribute("src")!.Contains("/js/typeahead.", StringComparison.Ordinal));
    }
}
