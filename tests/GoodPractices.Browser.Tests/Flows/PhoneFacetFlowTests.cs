using GoodPractices.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GoodPractices.Browser.Tests.Flows;

/// <summary>On a phone, results come first: in view on arrival, and back at the top after a facet is chosen.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneFacetFlowTests(BrowserSite site)
{
    private static async Task<LocatorBoundingBoxResult> BoxAsync(ILocator locator) => (await locator.BoundingBoxAsync())!;

    [BrowserTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task TheFirstResultIsInViewWithoutScrolling(bool javaScript)
    {
        var page = await site.NewPageAsync(Viewport.Phone, javaScript: javaScript);
        await page.GotoAsync("/search?q=prison&country=IT");

        var title = await BoxAsync(page.Locator("ol.results li h2 a").First);
        Assert.True(title.Y + title.Height <= Viewport.Phone.Height, $"the first result's title ends at {title.Y + title.Height}px");
    }

    [BrowserFact]
    public async Task ChoosingAFacetClosesThePanelAndPutsTheResultsAtTheTop()
    {
        var page = await site.NewPageAsync(Viewport.Phone);
        await page.GotoAsync("/search?q=prison");

        await Pages.ChooseFacetAsync(page, "Country", "Italy");

        Assert.Contains("country=IT", page.Url, StringComparison.Ordinal);
        Assert.Null(await page.Locator("details.facet-panel").GetAttributeAsync("open"));
        var results = await BoxAsync(page.Locator(".results-column"));
        Assert.InRange(results.Y, -1, 24);
        var first = await BoxAsync(page.Locator("ol.results li h2 a").First);
        Assert.True(first.Y + first.Height <= Viewport.Phone.Height);
    }

    [BrowserFact]
    public async Task OnADesktopTheFacetsStayWhereTheyAre()
    {
        var page = await site.NewPageAsync(Viewport.Desktop);
        await page.GotoAsync("/search?q=prison");

        await Pages.ChooseFacetAsync(page, "Country", "Italy");

        Assert.True(await page.Locator("section.facet").First.IsVisibleAsync());
    }
}
