using GoodPractices.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GoodPractices.Browser.Tests.Flows;

/// <summary>A search that finds nothing is not a dead end.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NoResultsTests(BrowserSite site)
{
    [BrowserTheory]
    [MemberData(nameof(Viewport.Both), MemberType = typeof(Viewport))]
    public async Task NothingFoundOffersWaysOutAndNoEmptyBoxes(string viewportName)
    {
        var page = await site.NewPageAsync(Viewport.Named(viewportName));
        // An explicit AND keeps every word required: most-words matching would otherwise answer "prison".
        await page.GotoAsync("/search?q=prison+AND+qqxqq&country=IT");

        Assert.True(await page.Locator(".no-results").IsVisibleAsync());
        Assert.False(await page.Locator("aside.facets").IsVisibleAsync());
        Assert.False(await page.Locator(".downloads").IsVisibleAsync());
        Assert.Equal("qqxqq", await page.Locator(".no-results .unmatched-word").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Without Country: Italy" }).ClickAsync();
        await Pages.WaitForResultsAsync(page);
        Assert.DoesNotContain("country=IT", page.Url, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task TheWordsThatMatchedNothingCanBeLeftOut()
    {
        var page = await site.NewPageAsync(Viewport.Desktop);
        await page.GotoAsync("/search?q=prison+AND+qqxqq");

        await page.Locator(".no-results a", new() { HasText = "Search for" }).ClickAsync();
        await Pages.WaitForResultsAsync(page);

        Assert.True(await Pages.FoundCountAsync(page) > 0);
        Assert.False(await page.Locator(".no-results").IsVisibleAsync());
        Assert.True(await page.Locator(".downloads").IsVisibleAsync());
    }

    [BrowserFact]
    public async Task BrowsingByTypeIsOffered()
    {
        var page = await site.NewPageAsync(Viewport.Phone, javaScript: false);
        await page.GotoAsync("/search?q=qqxqq");

        await page.GetByRole(AriaRole.Link, new() { Name = "Browse the practices by intervention type" }).ClickAsync();
        await page.WaitForURLAsync("**/browse/intervention");
        Assert.True(await page.Locator("figure.bar-chart").IsVisibleAsync());
    }
}
