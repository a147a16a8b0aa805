using GoodPractices.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GoodPractices.Browser.Tests.Flows;

/// <summary>A link a colleague sends reads in English whatever the reader chose before; their language is offered.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LanguageOfLinksTests(BrowserSite site)
{
    [BrowserTheory]
    [MemberData(nameof(Viewport.Both), MemberType = typeof(Viewport))]
    public async Task AnUnprefixedLinkOpensInEnglishWithACzechCookieAndOffersCzech(string viewportName)
    {
        var page = await site.NewPageAsync(Viewport.Named(viewportName), locale: "cs-CZ");
        await page.GotoAsync("/cs/");
        Assert.Equal("cs", await page.Locator("html").GetAttributeAsync("lang"));

        await page.GotoAsync("/search?q=prison&country=IT");

        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Search", await page.Locator("form.search-form .search-row button[type=submit]").InnerTextAsync());
        var banner = page.Locator(".language-banner");
        Assert.Equal("cs", await banner.GetAttributeAsync("lang"));
        await banner.Locator("a").ClickAsync();
        await page.WaitForURLAsync("**/cs/search?q=prison&country=IT");
        Assert.Equal("cs", await page.Locator("html").GetAttributeAsync("lang"));
    }

    [BrowserFact]
    public async Task TheHomePageFollowsTheRememberedLanguage()
    {
        var page = await site.NewPageAsync(Viewport.Desktop);
        await page.GotoAsync("/pt/about");

        await page.GotoAsync("/");

        Assert.EndsWith("/pt/", page.Url, StringComparison.Ordinal);
    }
}
