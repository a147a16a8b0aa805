using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using GoodPractices.Browser.Tests.Infrastructure;

namespace GoodPractices.Browser.Tests.Accessibility;

/// <summary>The map, charts, ways out, badges, banner and reworked pages: no axe violation and no sideways scrolling.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ChangedPagesTests(BrowserSite site)
{
    private static readonly string[] Addresses =
    [
        "/", "/browse", "/browse/intervention", "/browse/country", "/fr/browse/evidence", "/search?q=prison+qqxqq&country=IT",
        "/search?q=prison", "/practices/pt-dissuasion-commissions", "/developers", "/contribute", "/about", "/cs/",
    ];

    public static TheoryData<string, string> PagesAndWidths() => Viewport.EachAtBoth(Addresses);

    [BrowserTheory]
    [MemberData(nameof(PagesAndWidths))]
    public async Task HasNoViolationsAndDoesNotScrollSideways(string address, string viewportName)
    {
        var viewport = Viewport.Named(viewportName);
        var page = await site.NewPageAsync(viewport);
        await page.GotoAsync(address);
        // The table alternatives are part of the page too.
        await page.Locator("details.chart-table").EvaluateAllAsync<int>("all => { all.forEach(d => d.open = true); return all.length; }");

        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= viewport.Width, $"{address} is {width}px wide at {viewport.Width}px");
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v =>
            $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target.ToString()))}")));
    }

    [BrowserTheory]
    [MemberData(nameof(Viewport.Both), MemberType = typeof(Viewport))]
    public async Task TheLanguageBannerHasNoViolations(string viewportName)
    {
        var page = await site.NewPageAsync(Viewport.Named(viewportName));
        await page.GotoAsync("/cs/about");
        await page.GotoAsync("/search?q=prison");
        Assert.True(await page.Locator(".language-banner").IsVisibleAsync());

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help}")));
    }
}
