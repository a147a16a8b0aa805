using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using GoodPractices.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GoodPractices.Browser.Tests.Accessibility;

/// <summary>WCAG 2.1 AA as axe-core checks it: no violations on any page type, at either width.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AxeTests(BrowserSite site)
{
    public static TheoryData<string, string> PagesAndWidths() => Viewport.EachAtBoth(Pages.EveryPageType);

    [BrowserTheory]
    [MemberData(nameof(PagesAndWidths))]
    public async Task EveryPageTypeHasNoAccessibilityViolations(string url, string viewportName)
    {
        var page = await site.NewPageAsync(Viewport.Named(viewportName));
        await page.GotoAsync(url);

        await AssertNoViolationsAsync(page);
    }

    [BrowserTheory]
    [MemberData(nameof(Viewport.Both), MemberType = typeof(Viewport))]
    public async Task SearchResultsChangedInPlaceHaveNoAccessibilityViolations(string viewportName)
    {
        var page = await site.NewPageAsync(Viewport.Named(viewportName));
        await page.GotoAsync("/search?q=prison");
        await Pages.ChooseFacetAsync(page, "Country", "Italy");
        await page.SelectOptionAsync("#sort", "newest");
        // The address changes in place (history.pushState): the assertion polls the page's own address, where
        // waiting for a navigation event can miss one already past.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("sort=newest"));
        await Pages.WaitForResultsAsync(page);

        await AssertNoViolationsAsync(page);
    }

    private static async Task AssertNoViolationsAsync(Microsoft.Playwright.IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v =>
            $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target.ToString()))}")));
    }
}
