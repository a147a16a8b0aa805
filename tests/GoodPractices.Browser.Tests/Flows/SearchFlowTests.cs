using System.Text.RegularExpressions;
using GoodPractices.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GoodPractices.Browser.Tests.Flows;

[Collection(BrowserCollection.Name)]
public sealed class SearchFlowTests(BrowserSite site)
{
    [BrowserTheory]
    [MemberData(nameof(Viewport.Both), MemberType = typeof(Viewport))]
    public async Task AReaderSearchesThenNarrowsByCountryAndInterventionType(string viewportName)
    {
        var page = await site.NewPageAsync(Viewport.Named(viewportName));
        await page.GotoAsync("/");
        await page.Locator("input[name='q']").First.FillAsync("prison");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).First.ClickAsync();
        await page.WaitForURLAsync("**/search?q=prison*");
        var all = await Pages.FoundCountAsync(page);

        await Pages.ChooseFacetAsync(page, "Country", "Italy");
        var inItaly = await Pages.FoundCountAsync(page);
        await Pages.ChooseFacetAsync(page, "Intervention type", "Psychosocial support");
        var narrowed = await Pages.FoundCountAsync(page);

        Assert.Contains("country=IT", page.Url, StringComparison.Ordinal);
        Assert.Contains("intervention=psychosocial-support", page.Url, StringComparison.Ordinal);
        Assert.True(all > inItaly && inItaly >= narrowed && narrowed > 0, $"{all} > {inItaly} >= {narrowed} > 0");
        foreach (var meta in await page.Locator("ol.results li").AllInnerTextsAsync())
        {
            Assert.Contains("Italy", meta, StringComparison.Ordinal);
        }
    }

    [BrowserTheory]
    [MemberData(nameof(Viewport.Both), MemberType = typeof(Viewport))]
    public async Task RemovingAChipDropsThatFilterAndKeepsTheOthers(string viewportName)
    {
        var page = await site.NewPageAsync(Viewport.Named(viewportName));
        await page.GotoAsync("/search?q=prison&country=IT&country=FR");
        var both = await Pages.FoundCountAsync(page);

        await page.Locator("a.chip").Filter(new() { HasText = "France" }).ClickAsync();
        await Pages.WaitForResultsAsync(page);

        Assert.DoesNotContain("country=FR", page.Url, StringComparison.Ordinal);
        Assert.Contains("country=IT", page.Url, StringComparison.Ordinal);
        Assert.Contains("q=prison", page.Url, StringComparison.Ordinal);
        Assert.True(await Pages.FoundCountAsync(page) < both);
    }

    [BrowserTheory]
    [MemberData(nameof(Viewport.Both), MemberType = typeof(Viewport))]
    public async Task TheNextPageShowsOtherPractices(string viewportName)
    {
        var page = await site.NewPageAsync(Viewport.Named(viewportName));
        await page.GotoAsync("/search");
        var first = await Pages.ResultTitlesAsync(page);

        await page.Locator("nav.pagination a[rel=next]").ClickAsync();
        // With script the next page is fetched in place (history.pushState): poll the address, not a navigation.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("page=2"));
        await Pages.WaitForResultsAsync(page);
        var second = await Pages.ResultTitlesAsync(page);

        Assert.NotEmpty(second);
        Assert.Empty(first.Intersect(second));
    }

    [BrowserTheory]
    [MemberData(nameof(Viewport.Both), MemberType = typeof(Viewport))]
    public async Task OpeningAResultShowsThatPractice(string viewportName)
    {
        var page = await site.NewPageAsync(Viewport.Named(viewportName));
        await page.GotoAsync("/search?q=naloxone");
        var link = page.Locator("ol.results li h2 a").First;
        var title = (await link.InnerTextAsync()).Trim();

        await link.ClickAsync();
        await page.WaitForURLAsync("**/practices/**");

        Assert.Equal(title, (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Sources" }).IsVisibleAsync());
    }
}
