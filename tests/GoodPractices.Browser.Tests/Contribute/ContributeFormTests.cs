using GoodPractices.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GoodPractices.Browser.Tests.Contribute;

/// <summary>A programme officer fills in the form, is told what to fix next to each field, fixes it and gets the file.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ContributeFormTests(BrowserSite site)
{
    private static readonly string Words = string.Join(' ', Enumerable.Repeat("The programme refers people leaving prison to treatment.", 8));

    [BrowserTheory]
    [MemberData(nameof(Viewport.Both), MemberType = typeof(Viewport))]
    public async Task MistakesAreShownBesideTheirFieldsAndOnceCorrectedTheFileIsReady(string viewportName)
    {
        var page = await site.NewPageAsync(Viewport.Named(viewportName));
        await page.GotoAsync("/contribute");

        // First attempt: no title, a year before any practice, a link that would run script.
        await page.FillAsync("#f-summary", "People leaving prison in Lisbon are met at the gate and taken to treatment.");
        await page.CheckAsync("#f-countries-pt");
        await page.CheckAsync("#f-scope-regional");
        await page.FillAsync("#f-start-year", "1800");
        await page.CheckAsync("#f-status");
        await page.FillAsync("#f-organisations-1-name", "Gate to Care");
        await page.SelectOptionAsync("#f-organisations-1-type", "ngo");
        await page.CheckAsync("input[name=InterventionTypes][value=throughcare-reintegration]");
        await page.CheckAsync("input[name=JusticeStages][value=release-transition]");
        await page.CheckAsync("input[name=Settings][value=community]");
        await page.CheckAsync("input[name=TargetGroups][value=people-leaving-prison]");
        await page.CheckAsync("#f-evidence-level-promising-unevaluated");
        await page.FillAsync("#f-sources-1-title", "Annual report");
        await page.FillAsync("#f-sources-1-publisher", "Gate to Care");
        await page.FillAsync("#f-sources-1-year", "2024");
        await page.FillAsync("#f-sources-1-url", "javascript:alert(1)");
        await page.FillAsync("#f-context", Words);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check my entry" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal("true", await page.GetAttributeAsync("#f-title", "aria-invalid"));
        Assert.Equal("true", await page.GetAttributeAsync("#f-start-year", "aria-invalid"));
        Assert.Equal("true", await page.GetAttributeAsync("#f-sources-1-url", "aria-invalid"));
        Assert.Equal("Gate to Care", await page.InputValueAsync("#f-organisations-1-name"));
        Assert.True(await page.IsCheckedAsync("#f-countries-pt"));

        // Second attempt: the mistakes corrected.
        await page.FillAsync("#f-title", "Gate to Care: from prison to treatment");
        await page.FillAsync("#f-start-year", "2019");
        await page.FillAsync("#f-sources-1-url", "https://example.org/report");
        await page.FillAsync("#f-id", "pt-gate-to-care");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check my entry" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var file = await page.Locator("textarea[readonly]").InputValueAsync();
        Assert.Contains("id: pt-gate-to-care", file, StringComparison.Ordinal);
        Assert.Contains("title: \"Gate to Care: from prison to treatment\"", file, StringComparison.Ordinal);
        Assert.Contains("countries: [PT]", file, StringComparison.Ordinal);
        var newFileLink = await page.Locator("a[href*='/new/main']").GetAttributeAsync("href");
        Assert.Contains("filename=practices%2Fpt%2Fpt-gate-to-care.md", newFileLink, StringComparison.Ordinal);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("Download", System.Text.RegularExpressions.RegexOptions.IgnoreCase) }).ClickAsync());
        Assert.Equal("pt-gate-to-care.md", download.SuggestedFilename);
    }
}
