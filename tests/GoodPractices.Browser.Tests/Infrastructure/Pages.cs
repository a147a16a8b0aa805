using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace GoodPractices.Browser.Tests.Infrastructure;

/// <summary>Steps a reader takes on the site, written once for every test.</summary>
public static class Pages
{
    /// <summary>Every page type, with an address that exists in the real corpus.</summary>
    public static readonly IReadOnlyList<string> EveryPageType =
    [
        "/",
        "/search?q=prison",
        "/search?country=IT&intervention=treatment-as-sentence-condition",
        "/practices/pt-dissuasion-commissions",
        "/countries/it",
        "/browse/intervention",
        "/about",
        "/fr/search?q=prison",
        // Read in English, a Portuguese word: a passage from another version of a practice, and cards naming the tags
        // that found them.
        "/search?q=deten%C3%A7%C3%A3o",
        "/practices/no-such-practice",
    ];

    /// <summary>On a phone the facets sit in a collapsed panel; open it when it is closed.</summary>
    public static async Task OpenFacetsAsync(IPage page)
    {
        var panel = page.Locator("details.facet-panel");
        if (await panel.CountAsync() == 0) return;
        if (await panel.GetAttributeAsync("open") is null && await page.Locator("details.facet-panel > summary").IsVisibleAsync())
        {
            await page.Locator("details.facet-panel > summary").ClickAsync();
        }
    }

    /// <summary>The link of a facet value by its label within a dimension, e.g. ("Country", "Italy"), brought into view.</summary>
    public static async Task<ILocator> FacetLinkAsync(IPage page, string dimension, string value)
    {
        await OpenFacetsAsync(page);
        var section = page.Locator("section.facet").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = dimension, Exact = true }) });
        var link = section.Locator("a.facet-value").Filter(new() { HasText = value }).First;
        if (!await link.IsVisibleAsync())
        {
            var more = section.Locator("details.more > summary");
            if (await more.CountAsync() > 0) await more.First.ClickAsync();
        }
        return link;
    }

    /// <summary>Chooses a facet value by its label within a dimension, e.g. ("Country", "Italy").</summary>
    public static async Task ChooseFacetAsync(IPage page, string dimension, string value)
    {
        var link = await FacetLinkAsync(page, dimension, value);
        var before = page.Url;
        await link.ClickAsync();
        // The address changes with every choice; waiting for it first keeps the next step from racing the update that
        // has not started yet (the results region is not marked busy until the request goes out).
        await page.WaitForFunctionAsync("before => location.href !== before", before);
        await WaitForResultsAsync(page);
    }

    /// <summary>
    /// Waits for the results a link or the form asked for: a new page without script, or with it (search.js) the
    /// same page once the fetched results are in and the region is no longer marked busy.
    /// </summary>
    public static async Task WaitForResultsAsync(IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.Locator("[data-search-region]:not([aria-busy])").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    public static async Task<IReadOnlyList<string>> ResultTitlesAsync(IPage page) =>
        await page.Locator("ol.results li h2 a").AllInnerTextsAsync();

    public static async Task<int> FoundCountAsync(IPage page)
    {
        // The visible count, not the copy search.js reads out to screen readers after a change of sort order.
        var text = await page.Locator(".result-count").Filter(new() { HasTextRegex = new Regex("\\d+ practices? found") }).InnerTextAsync();
        return int.Parse(text.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }
}
