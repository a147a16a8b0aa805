using System.Text.RegularExpressions;
using GoodPractices.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GoodPractices.Browser.Tests.Flows;

/// <summary>The home page's map: each country with practices a link that names itself on hover and on focus.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EuropeMapTests(BrowserSite site)
{
    [BrowserTheory]
    [MemberData(nameof(Viewport.Both), MemberType = typeof(Viewport))]
    public async Task EveryCountryWithPracticesIsALinkToItsProfile(string viewportName)
    {
        var page = await site.NewPageAsync(Viewport.Named(viewportName));
        await page.GotoAsync("/");

        var links = page.Locator(".europe-map svg a");
        var hrefs = await links.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains("/countries/it", hrefs);
        Assert.Contains("/countries/pt", hrefs);
        Assert.Contains("/countries/cz", hrefs);
        // Each is also in the list below the map, which is the accessible alternative.
        foreach (var href in hrefs)
        {
            Assert.Equal(1, await page.Locator($".country-list a[href='{href}']").CountAsync());
        }
        var italy = await page.Locator(".europe-map a[href='/countries/it']").GetAttributeAsync("aria-label");
        Assert.Matches(@"^Italy, \d+ practices$", italy);
    }

    [BrowserFact]
    public async Task HoveringACountryShowsItsNameAndCount()
    {
        var page = await site.NewPageAsync(Viewport.Desktop);
        await page.GotoAsync("/");
        var label = page.Locator(".europe-map .map-label[data-country='IT']");
        Assert.False(await label.IsVisibleAsync());

        await page.Locator(".europe-map a[href='/countries/it'] path").HoverAsync();

        Assert.True(await label.IsVisibleAsync());
        Assert.StartsWith("Italy · ", await label.Locator("text").TextContentAsync(), StringComparison.Ordinal);
    }

    [BrowserTheory]
    [MemberData(nameof(Viewport.Both), MemberType = typeof(Viewport))]
    public async Task TabbingToACountryShowsItsNameAndEnterOpensItsProfile(string viewportName)
    {
        var page = await site.NewPageAsync(Viewport.Named(viewportName));
        await page.GotoAsync("/");
        var portugal = page.Locator(".europe-map a[href='/countries/pt']");

        // Keyboard focus, as Tab gives it: focus-visible applies.
        await page.Locator("#countries-title").EvaluateAsync("h => { h.tabIndex = -1; h.focus(); }");
        for (var i = 0; i < 40 && !await portugal.EvaluateAsync<bool>("a => a === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.True(await portugal.EvaluateAsync<bool>("a => a === document.activeElement"));
        Assert.True(await page.Locator(".europe-map .map-label[data-country='PT']").IsVisibleAsync());
        await page.Keyboard.PressAsync("Enter");
        // A key press does not wait for the navigation it starts, and a wait for a navigation begun after it can miss
        // it on a busy machine; the address is polled instead.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/countries/pt$"));
    }
}
