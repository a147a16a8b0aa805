using GoodPractices.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GoodPractices.Browser.Tests.Flows;

[Collection(BrowserCollection.Name)]
public sealed class NavigationFlowTests(BrowserSite site)
{
    [BrowserTheory]
    [MemberData(nameof(Viewport.Both), MemberType = typeof(Viewport))]
    public async Task SwitchingToFrenchTranslatesTheInterfaceAndIsRemembered(string viewportName)
    {
        var page = await site.NewPageAsync(Viewport.Named(viewportName));
        await page.GotoAsync("/search?q=prison");

        await page.Locator("a[hreflang=fr]").First.ClickAsync();
        await page.WaitForURLAsync("**/fr/**");

        Assert.Equal("fr", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Contains("q=prison", page.Url, StringComparison.Ordinal);
        // Remembered for the home page and offered elsewhere; an unprefixed address itself stays English.
        await page.GotoAsync("/");
        Assert.EndsWith("/fr/", page.Url, StringComparison.Ordinal);
        await page.GotoAsync("/about");
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("/fr/about", await page.Locator(".language-banner a").GetAttributeAsync("href"));
    }

    [BrowserTheory]
    [MemberData(nameof(Viewport.Both), MemberType = typeof(Viewport))]
    public async Task ACountryOnTheHomePageMapLeadsToItsProfile(string viewportName)
    {
        var page = await site.NewPageAsync(Viewport.Named(viewportName));
        await page.GotoAsync("/");

        await page.Locator(".europe-map a[href='/countries/it']").ClickAsync();
        await page.WaitForURLAsync("**/countries/it");

        Assert.Contains("Italy", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("a[href*='/practices/']").CountAsync() >= 3);
    }

    [BrowserTheory]
    [InlineData(360)]
    [InlineData(768)]
    [InlineData(1920)]
    public async Task NoPageScrollsSidewaysFrom360To1920Pixels(int width)
    {
        var page = await site.NewPageAsync(new Viewport($"{width}", width, 900));
        foreach (var url in Pages.EveryPageType)
        {
            await page.GotoAsync(url);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{url} is {overflow}px wider than a {width}px screen");
        }
    }
}
