using System.Net;
using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Practices;

public sealed class PracticePageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task ThePracticePageShowsEveryField()
    {
        var (response, body, page) = await Html.GetAsync(site.Client(), "/practices/pt-dissuasion-commissions");
        var text = page.Body!.TextContent;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Commissions for the Dissuasion of Drug Addiction", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Comissões para a Dissuasão da Toxicodependência", text, StringComparison.Ordinal);
        Assert.Contains("regional commissions assess", text, StringComparison.Ordinal);
        Assert.Contains("Portugal", page.QuerySelector(".practice-facts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("National", text, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".practice-facts a[href='https://www.sicad.pt']"));
        Assert.Contains("Regional dissuasion commissions", text, StringComparison.Ordinal);
        Assert.Contains("since 2001", text, StringComparison.Ordinal);
        Assert.Contains("Active", text, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".chips a.chip[href='/search?intervention=decriminalisation']"));
        Assert.NotNull(page.QuerySelector(".chips a.chip[href='/search?stage=administrative']"));
        Assert.NotNull(page.QuerySelector(".chips a.chip[href='/search?setting=community']"));
        Assert.NotNull(page.QuerySelector(".chips a.chip[href='/search?group=adults']"));
        Assert.Contains("Outcomes evaluated", text, StringComparison.Ordinal);
        Assert.Contains("Outcomes were measured", page.QuerySelector(".evidence")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Imprisonment avoided", text, StringComparison.Ordinal);
        Assert.Contains("Example Registry", text, StringComparison.Ordinal);
        Assert.Contains("Promising", text, StringComparison.Ordinal);
        Assert.Contains("Tokyo Rules", text, StringComparison.Ordinal);
        Assert.Equal("Since July 2001", page.QuerySelector(".practice-body p")!.TextContent[..15]);
        Assert.NotNull(page.QuerySelector(".practice-body h2"));
        Assert.Equal(2, page.QuerySelectorAll(".sources ol li").Length);
        Assert.NotNull(page.QuerySelector(".sources a[href='https://www.emcdda.europa.eu/countries/drug-reports/2019/portugal_en']"));
        Assert.NotNull(page.QuerySelector(".related a[href='/practices/ie-dublin-drug-treatment-court']"));
        Assert.NotNull(page.QuerySelector(".text-languages a[href='?lang=fr']"));
        Assert.Equal("2026-10-01", page.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.NotNull(page.QuerySelector(
            "a[href='https://github.com/goodpractices/goodpractices/edit/main/practices/pt/pt-dissuasion-commissions.md']"));
        Assert.True(body.Length < 60_000);
    }

    [Fact]
    public async Task ThePageHasItsOwnTitleDescriptionAndCanonicalAddress()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/practices/ie-dublin-drug-treatment-court");

        Assert.Equal("Dublin Drug Treatment Court · GoodPractices", page.Title);
        Assert.StartsWith("A court programme in Dublin", page.QuerySelector("meta[name=description]")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.EndsWith("/practices/ie-dublin-drug-treatment-court", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("2001–2022", page.QuerySelector(".practice-facts")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATranslationIsShownWhenTheReaderAsksForIt()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/practices/pt-dissuasion-commissions?lang=fr");

        Assert.Equal("Commissions de dissuasion de la toxicomanie", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("fr", page.QuerySelector(".practice-body")!.GetAttribute("lang"));
        Assert.NotNull(page.QuerySelector(
            "a[href='https://github.com/goodpractices/goodpractices/edit/main/practices/pt/pt-dissuasion-commissions.fr.md']"));
    }

    [Fact]
    public async Task AnUnknownPracticeIsARealNotFoundPageWithASearchBox()
    {
        var (response, body, page) = await Html.GetAsync(site.Client(), "/practices/no-such-practice");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull(page.QuerySelector("form[role=search] input[name=q]"));
        Assert.Contains("Page not found", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScriptsAndJavascriptLinksInAContributedBodyNeverReachThePage()
    {
        var (response, body, page) = await Html.GetAsync(site.Client(), "/practices/it-family-support-naples");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The page's one script element is its structured data, which no browser runs.
        var script = Assert.Single(page.QuerySelectorAll("script"));
        Assert.Equal("application/ld+json", script.GetAttribute("type"));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(body, "<script", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        Assert.Empty(page.QuerySelectorAll(".practice-body script"));
        Assert.DoesNotContain("javascript:", body, StringComparison.OrdinalIgnoreCase);
        Assert.All(page.QuerySelectorAll("a[href]"), a => Assert.DoesNotContain("javascript", a.GetAttribute("href")!, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("click here", page.QuerySelector(".practice-body")!.TextContent, StringComparison.Ordinal);
    }
}
