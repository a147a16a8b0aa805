using System.Net;
using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Localization;

public sealed class InterfaceLanguageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task APrefixServesThePageInThatLanguageWithPrefixedLinks()
    {
        var (response, _, page) = await Html.GetAsync(site.Client(), "/fr/search?country=IT");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Rechercher", page.QuerySelector("form.search-form button[type=submit]")!.TextContent);
        Assert.Contains(page.QuerySelectorAll(".facet h2"), h => h.TextContent == "Type d'intervention");
        Assert.Contains(page.QuerySelectorAll(".active-filters a.chip"), chip => chip.TextContent.Contains("Italie", StringComparison.Ordinal));
        Assert.All(page.QuerySelectorAll(".facet a.facet-value"), a => Assert.StartsWith("/fr/search", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task AChosenLanguageIsRememberedInACookie()
    {
        var response = await site.Client().GetAsync(new Uri("/search?lang=pt", UriKind.Relative));

        Assert.Contains(response.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith("gp-lang=", StringComparison.Ordinal) && cookie.Contains("pt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task APageNamesItsAlternatesInEveryInterfaceLanguageWithEnglishUnprefixed()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/it/search?country=IT");

        var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);
        Assert.Equal(["cs", "en", "fr", "it", "pt", "x-default"], alternates.Keys.Order(StringComparer.Ordinal));
        Assert.EndsWith("/pt/search?country=IT", alternates["pt"], StringComparison.Ordinal);
        Assert.Equal(alternates["x-default"], alternates["en"]);
        Assert.DoesNotContain("/en/", alternates["en"], StringComparison.Ordinal);
        Assert.EndsWith("/it/search?country=IT", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APracticeNamesAlternatesOnlyInTheLanguagesItsTextExistsIn()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/it/practices/pt-dissuasion-commissions");

        var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);
        Assert.Equal(["en", "fr", "x-default"], alternates.Keys.Order(StringComparer.Ordinal));
        Assert.EndsWith("/fr/practices/pt-dissuasion-commissions", alternates["fr"], StringComparison.Ordinal);
        Assert.EndsWith("//localhost/practices/pt-dissuasion-commissions", alternates["en"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReaderOfALanguageWithATranslationReadsTheTranslation()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/fr/practices/pt-dissuasion-commissions");

        Assert.Equal("Commissions de dissuasion de la toxicomanie", page.QuerySelector("h1")!.TextContent);
    }
}
