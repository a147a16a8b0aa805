using System.Text.RegularExpressions;
using GoodPractices.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GoodPractices.Browser.Tests.Flows;

/// <summary>
/// With script, refining a search changes the results where the reader is looking, without loading a new page, and
/// the address still says what is shown. Each test puts a marker on the window first: a page load would wipe it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchInPlaceTests(BrowserSite site)
{
    [BrowserTheory]
    [MemberData(nameof(Viewport.Both), MemberType = typeof(Viewport))]
    public async Task ChoosingAFacetChangesTheResultsAndTheAddressWithoutLoadingAPage(string viewportName)
    {
        var viewport = Viewport.Named(viewportName);
        var page = await OpenAsync(viewport, "/search?q=prison");
        var all = await Pages.FoundCountAsync(page);

        await Pages.ChooseFacetAsync(page, "Country", "Italy");

        Assert.True(await IsSamePageAsync(page), "the page was loaded again");
        Assert.Contains("country=IT", page.Url, StringComparison.Ordinal);
        Assert.Contains("q=prison", page.Url, StringComparison.Ordinal);
        var inItaly = await Pages.FoundCountAsync(page);
        Assert.True(all > inItaly && inItaly > 0, $"{all} > {inItaly} > 0");
        await Expect(page.Locator(".active-filters a.chip").Filter(new() { HasText = "Italy" })).ToBeVisibleAsync();
        Assert.Equal("true", await (await Pages.FacetLinkAsync(page, "Country", "Italy")).GetAttributeAsync("aria-current"));
        await AssertSameAsLoadingTheAddressAsync(page, viewport);
    }

    [BrowserTheory]
    [MemberData(nameof(Viewport.Both), MemberType = typeof(Viewport))]
    public async Task AfterChoosingAFacetFocusIsOnTheNewCountAndAPhoneClosesTheFilters(string viewportName)
    {
        var viewport = Viewport.Named(viewportName);
        var page = await OpenAsync(viewport, "/search?q=prison");

        await (await Pages.FacetLinkAsync(page, "Country", "Italy")).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Pages.WaitForResultsAsync(page);

        Assert.True(await IsSamePageAsync(page), "the page was loaded again");
        Assert.Equal("result-count", await page.EvaluateAsync<string>("() => document.activeElement.className"));
        Assert.Matches(@"^\d+ practices? found", (await page.EvaluateAsync<string>("() => document.activeElement.textContent")).Trim());
        if (viewport.IsPhone)
        {
            // The choice is made: the panel gives the screen back to the results.
            Assert.Null(await page.Locator("details.facet-panel").GetAttributeAsync("open"));
        }
    }

    [BrowserTheory]
    [MemberData(nameof(Viewport.Both), MemberType = typeof(Viewport))]
    public async Task BackAndForwardBringBackTheResultsOfEachAddress(string viewportName)
    {
        var page = await OpenAsync(Viewport.Named(viewportName), "/search?q=prison");
        var all = await Pages.FoundCountAsync(page);
        var firstTitles = await Pages.ResultTitlesAsync(page);
        await Pages.ChooseFacetAsync(page, "Country", "Italy");
        var inItaly = await Pages.FoundCountAsync(page);

        await page.GoBackAsync();
        await Expect(page.Locator(".result-count")).ToContainTextAsync($"{all} practices found");
        await Pages.WaitForResultsAsync(page);

        Assert.True(await IsSamePageAsync(page), "Back loaded the page again");
        Assert.DoesNotContain("country=IT", page.Url, StringComparison.Ordinal);
        Assert.Equal(firstTitles, await Pages.ResultTitlesAsync(page));
        Assert.Equal(0, await page.Locator(".active-filters a.chip").CountAsync());

        await page.GoForwardAsync();
        await Expect(page.Locator(".result-count")).ToContainTextAsync($"{inItaly} practices found");

        Assert.Contains("country=IT", page.Url, StringComparison.Ordinal);
        Assert.True(await IsSamePageAsync(page), "Forward loaded the page again");
    }

    [BrowserTheory]
    [MemberData(nameof(Viewport.Both), MemberType = typeof(Viewport))]
    public async Task ChoosingASortOrderAppliesAtOnceAndLeavesFocusOnTheList(string viewportName)
    {
        var viewport = Viewport.Named(viewportName);
        var page = await OpenAsync(viewport, "/search?q=prison");

        await page.Locator("#sort").FocusAsync();
        await page.SelectOptionAsync("#sort", "title");
        await Expect(page).ToHaveURLAsync(new Regex("sort=title"));
        await Pages.WaitForResultsAsync(page);

        Assert.True(await IsSamePageAsync(page), "the page was loaded again");
        Assert.Equal("sort", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        // What a screen reader says, since focus stayed on the list.
        await Expect(page.Locator("p[aria-live=polite]")).ToContainTextAsync("practices found");
        await AssertSameAsLoadingTheAddressAsync(page, viewport);
    }

    [BrowserTheory]
    [MemberData(nameof(Viewport.Both), MemberType = typeof(Viewport))]
    public async Task AYearRangeAndNewWordsApplyInPlaceAndNameThePage(string viewportName)
    {
        var viewport = Viewport.Named(viewportName);
        var page = await OpenAsync(viewport, "/search");

        await page.FillAsync("#from", "2015");
        await page.Locator("#from").PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("from=2015"));
        await Pages.WaitForResultsAsync(page);

        Assert.DoesNotContain("to=", page.Url, StringComparison.Ordinal);
        await Expect(page.Locator(".active-filters a.chip").Filter(new() { HasText = "2015" })).ToBeVisibleAsync();
        foreach (var meta in await page.Locator("ol.results .result-meta").AllInnerTextsAsync())
        {
            var since = meta.Trim();
            var year = int.Parse(since[(since.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(year >= 2015, meta);
        }

        await page.Locator("input[name='q']").First.FillAsync("prison");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Expect(page).ToHaveTitleAsync(new Regex("prison"));
        await Pages.WaitForResultsAsync(page);

        Assert.True(await IsSamePageAsync(page), "the page was loaded again");
        Assert.Contains("q=prison", page.Url, StringComparison.Ordinal);
        Assert.Contains("from=2015", page.Url, StringComparison.Ordinal);
        Assert.Equal("Search good practices", (await page.Locator("h1").InnerTextAsync()).Trim());
        await AssertSameAsLoadingTheAddressAsync(page, viewport);
    }

    [BrowserTheory]
    [MemberData(nameof(Viewport.Both), MemberType = typeof(Viewport))]
    public async Task ChipsClearAllAndPageLinksAllChangeTheResultsInPlace(string viewportName)
    {
        var page = await OpenAsync(Viewport.Named(viewportName), "/search?country=IT&country=FR");

        await page.Locator("a.chip").Filter(new() { HasText = "France" }).ClickAsync();
        await Pages.WaitForResultsAsync(page);
        Assert.DoesNotContain("country=FR", page.Url, StringComparison.Ordinal);
        Assert.Contains("country=IT", page.Url, StringComparison.Ordinal);

        await page.Locator(".active-filters a.clear-all").ClickAsync();
        await Pages.WaitForResultsAsync(page);
        Assert.EndsWith("/search", page.Url, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator(".active-filters").CountAsync());
        var first = await Pages.ResultTitlesAsync(page);

        await page.Locator("nav.pagination a[rel=next]").ClickAsync();
        await Pages.WaitForResultsAsync(page);
        Assert.EndsWith("/search?page=2", page.Url, StringComparison.Ordinal);
        Assert.Empty(first.Intersect(await Pages.ResultTitlesAsync(page)));

        Assert.True(await IsSamePageAsync(page), "the page was loaded again");
    }

    [BrowserFact]
    public async Task AControlClickOpensTheFacetInANewTabAndLeavesThisPageAsItWas()
    {
        var page = await OpenAsync(Viewport.Desktop, "/search?q=prison");
        var all = await Pages.FoundCountAsync(page);
        var link = await Pages.FacetLinkAsync(page, "Country", "Italy");

        var tab = await page.Context.RunAndWaitForPageAsync(() => link.ClickAsync(new() { Modifiers = [KeyboardModifier.Control] }));
        await tab.WaitForLoadStateAsync();

        Assert.Contains("country=IT", tab.Url, StringComparison.Ordinal);
        Assert.DoesNotContain("country=IT", page.Url, StringComparison.Ordinal);
        Assert.Equal(all, await Pages.FoundCountAsync(page));
        Assert.Null(await page.Locator("[data-search-region]").GetAttributeAsync("aria-busy"));
    }

    [BrowserFact]
    public async Task WhenTheResultsCannotBeFetchedTheLinkLoadsAsAnOrdinaryPage()
    {
        var page = await OpenAsync(Viewport.Desktop, "/search?q=prison");
        await page.RouteAsync("**/search?**", async route =>
        {
            if (route.Request.ResourceType == "fetch") await route.AbortAsync();
            else await route.ContinueAsync();
        });

        await (await Pages.FacetLinkAsync(page, "Country", "Italy")).ClickAsync();
        await page.WaitForURLAsync("**country=IT**");
        await page.WaitForLoadStateAsync(LoadState.Load);

        Assert.False(await IsSamePageAsync(page), "the page was not loaded");
        await Expect(page.Locator(".active-filters a.chip").Filter(new() { HasText = "Italy" })).ToBeVisibleAsync();
    }

    [BrowserTheory]
    [MemberData(nameof(Viewport.Both), MemberType = typeof(Viewport))]
    public async Task WithoutScriptFacetsAndSortingStillWorkAsLinksAndAForm(string viewportName)
    {
        var page = await site.NewPageAsync(Viewport.Named(viewportName), javaScript: false);
        await page.GotoAsync("/search?q=prison");
        var all = await Pages.FoundCountAsync(page);

        await (await Pages.FacetLinkAsync(page, "Country", "Italy")).ClickAsync();
        await page.WaitForURLAsync("**country=IT**");
        Assert.True(await Pages.FoundCountAsync(page) < all);

        await page.SelectOptionAsync("#sort", "title");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await page.WaitForURLAsync("**sort=title**");
        Assert.Contains("country=IT", page.Url, StringComparison.Ordinal);
    }

    private async Task<IPage> OpenAsync(Viewport viewport, string url)
    {
        var page = await site.NewPageAsync(viewport);
        await page.GotoAsync(url);
        await page.EvaluateAsync("() => { window.__noReload = 1; }");
        return page;
    }

    private static Task<bool> IsSamePageAsync(IPage page) => page.EvaluateAsync<bool>("() => window.__noReload === 1");

    // What was swapped in must be what a reader opening the address afresh (or sharing it) would see.
    private async Task AssertSameAsLoadingTheAddressAsync(IPage page, Viewport viewport)
    {
        var fresh = await site.NewPageAsync(viewport);
        await fresh.GotoAsync(page.Url);

        Assert.Equal(await fresh.TitleAsync(), await page.TitleAsync());
        Assert.Equal(await fresh.Locator(".result-count").TextContentAsync(), await page.Locator(".result-count").TextContentAsync());
        Assert.Equal(await Pages.ResultTitlesAsync(fresh), await Pages.ResultTitlesAsync(page));
        Assert.Equal(await fresh.Locator(".active-filters").AllTextContentsAsync(), await page.Locator(".active-filters").AllTextContentsAsync());
        Assert.Equal(await fresh.Locator("a.facet-value").AllTextContentsAsync(), await page.Locator("a.facet-value").AllTextContentsAsync());
        Assert.Equal(await fresh.Locator("link[rel=canonical]").GetAttributeAsync("href"), await page.Locator("link[rel=canonical]").GetAttributeAsync("href"));
        Assert.Equal(await fresh.Locator("a[hreflang=fr]").First.GetAttributeAsync("href"), await page.Locator("a[hreflang=fr]").First.GetAttributeAsync("href"));
        Assert.Equal(await fresh.InputValueAsync("#sort"), await page.InputValueAsync("#sort"));
        await fresh.Context.CloseAsync();
    }
}
