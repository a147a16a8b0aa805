using System.Text;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using GoodPractices.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GoodPractices.Browser.Tests.Compare;

/// <summary>
/// Countries side by side in a real Chromium: chosen from the country list or a profile, with and without script,
/// accessible, never scrolling sideways on a phone or a desktop, and printed on landscape A4.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class CompareFlowTests(BrowserSite site)
{
    private static readonly string[] CountryPages = ["/countries", "/countries/it", "/compare?countries=IT,PT,CZ,FR"];

    public static TheoryData<string, string> PagesAndWidths()
    {
        var data = new TheoryData<string, string>();
        foreach (var url in CountryPages)
        {
            data.Add(url, Viewport.Desktop.Name);
            data.Add(url, Viewport.Phone.Name);
        }
        return data;
    }

    /// <summary>Where the screenshots of every width go, to be looked at after a run.</summary>
    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    [BrowserTheory]
    [MemberData(nameof(PagesAndWidths))]
    public async Task CountryPagesAndTheComparisonHaveNoAccessibilityViolationsAndNeverScrollSideways(string url, string viewportName)
    {
        var viewport = Viewport.Named(viewportName);
        var page = await site.NewPageAsync(viewport);
        await page.GotoAsync(url);

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{url} scrolls {overflow} px sideways at {viewport.Width} px");
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(ScreenshotFolder, $"{NotInFileName().Replace(url.Trim('/'), "-")}-{viewport.Width}.png"),
            FullPage = true,
        });
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v =>
            $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target.ToString()))}")));
    }

    [BrowserTheory]
    [MemberData(nameof(Viewport.Both), MemberType = typeof(Viewport))]
    public async Task AReaderWithoutScriptTicksCountriesOnTheListAndGetsTheirComparison(string viewportName)
    {
        var page = await site.NewPageAsync(Viewport.Named(viewportName), javaScript: false);
        await page.GotoAsync("/countries");

        await page.GetByLabel("Italy", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Portugal", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Czechia", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare", Exact = true }).ClickAsync();

        await page.WaitForURLAsync(new Regex("/compare\\?countries=CZ&countries=IT&countries=PT$"));
        var columns = await page.Locator("table.compare-table thead th a[href^='/countries/']").AllInnerTextsAsync();
        Assert.Equal(["Czechia", "Italy", "Portugal"], columns);
        Assert.True(await page.Locator("table.compare-table tbody tr").CountAsync() > 3);
    }

    [BrowserTheory]
    [MemberData(nameof(Viewport.Both), MemberType = typeof(Viewport))]
    public async Task AProfileComparesItsCountryWithTheOneChosenAndAnotherCanBeAdded(string viewportName)
    {
        var page = await site.NewPageAsync(Viewport.Named(viewportName));
        await page.GotoAsync("/countries/it");

        await page.GetByLabel("Compare Italy with").SelectOptionAsync("PT");
        await page.Locator("form.compare-with button").ClickAsync();
        await page.WaitForURLAsync("**/compare?countries=IT&countries=PT");
        await page.GetByLabel("Add a country").SelectOptionAsync("FR");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to the comparison" }).ClickAsync();
        await page.WaitForURLAsync("**/compare?countries=IT&countries=PT&countries=FR");

        var columns = await page.Locator("table.compare-table thead th a[href^='/countries/']").AllInnerTextsAsync();
        Assert.Equal(["Italy", "Portugal", "France"], columns);
        Assert.True(await page.Locator("table.compare-table td").Filter(new() { HasText = "none yet" }).CountAsync() > 0);
    }

    [BrowserFact]
    public async Task OnAPhoneEachCellSaysWhichCountryItIsAbout()
    {
        var page = await site.NewPageAsync(Viewport.Phone);
        await page.GotoAsync("/compare?countries=IT,PT");

        var before = await page.Locator("table.compare-table tbody td").First
            .EvaluateAsync<string>("cell => getComputedStyle(cell, '::before').content");
        Assert.Equal("\"Italy\"", before);
    }

    [BrowserFact]
    public async Task TheComparisonPrintsOnLandscapeA4WithoutItsControls()
    {
        var page = await site.NewPageAsync(Viewport.Desktop);
        await page.GotoAsync("/compare?countries=IT,PT,CZ,FR");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator("form.compare-add").IsVisibleAsync());
        Assert.True(await page.Locator("table.compare-table").IsVisibleAsync());
        var pdf = Encoding.Latin1.GetString(await page.PdfAsync(new() { PreferCSSPageSize = true }));

        // A4 is 595 x 842 points; landscape puts the long side across.
        var box = MediaBox().Match(pdf);
        Assert.True(box.Success, "the printed PDF has no page size");
        var width = double.Parse(box.Groups["w"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var height = double.Parse(box.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(width, 840, 844);
        Assert.InRange(height, 594, 597);
    }

    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+(?<w>[\d.]+)\s+(?<h>[\d.]+)\s*\]")]
    private static partial Regex MediaBox();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotInFileName();
}
