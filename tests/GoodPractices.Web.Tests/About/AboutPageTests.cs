using System.Net;
using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.About;

/// <summary>The About page tells a contributor both ways in, the form first, who reviews, how, and how to report a mistake.</summary>
public sealed class AboutPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("/about", "/contribute", "Who the editors are", "Reporting a mistake")]
    [InlineData("/fr/about", "/fr/contribute", "Qui sont les éditeurs", "Signaler une erreur")]
    [InlineData("/it/about", "/it/contribute", "Chi sono i redattori", "Segnalare un errore")]
    [InlineData("/pt/about", "/pt/contribute", "Quem são os editores", "Comunicar um erro")]
    [InlineData("/cs/about", "/cs/contribute", "Kdo jsou editoři", "Nahlášení chyby")]
    public async Task TheAboutPageExplainsBothWaysToContributeFormFirstAndHowEntriesAreChecked(string address, string form, string editors, string mistakes)
    {
        var (response, _, page) = await Html.GetAsync(site.Client(), address);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ways = page.QuerySelectorAll("main ol > li").ToList();
        Assert.Equal(2, ways.Count);
        Assert.NotNull(ways[0].QuerySelector($"a[href='{form}']"));
        Assert.Contains(ways[1].QuerySelectorAll("a"), a => !a.GetAttribute("href")!.Contains("/contribute", StringComparison.Ordinal));
        var headings = page.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains(editors, headings);
        Assert.Contains(mistakes, headings);
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href")!.EndsWith("/issues", StringComparison.Ordinal));
    }
}
