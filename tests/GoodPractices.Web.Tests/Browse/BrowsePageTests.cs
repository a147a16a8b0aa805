using System.Net;
using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Browse;

public sealed class BrowsePageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task ACountryProfileListsThePracticesOfThatCountry()
    {
        var (response, _, page) = await Html.GetAsync(site.Client(), "/countries/it");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Good practices in Italy", page.QuerySelector("h1")!.TextContent);
        var listed = page.QuerySelectorAll("section a[href^='/practices/']").Select(a => a.GetAttribute("href")).Distinct().ToList();
        Assert.Equal(3, listed.Count);
        Assert.Contains("/practices/it-prison-therapeutic-community", listed);
    }

    [Fact]
    public async Task AnUnknownCountryIsNotFound()
    {
        var response = await site.Client().GetAsync(new Uri("/countries/zz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task BrowsingADimensionShowsEveryTermWithItsMeaningAndCount()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/browse/evidence");

        var terms = page.QuerySelectorAll(".term-list li").ToList();
        Assert.Equal(7, terms.Count);
        Assert.StartsWith("Systematic review", terms[0].QuerySelector("h2")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("1 practice", terms[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("/search?evidence=systematic-review", terms[0].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task TheHomePageOffersASearchBoxAndWaysIn()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/");

        Assert.NotNull(page.QuerySelector("form[role=search] input[name=q]"));
        Assert.NotNull(page.QuerySelector("a[href='/countries/it']"));
        Assert.NotEmpty(page.QuerySelectorAll(".tile a[href^='/search?intervention=']"));
    }

    [Fact]
    public async Task TheAboutPageTellsWhereTheKnowledgeBaseComesFrom()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/about");
        var text = page.Body!.TextContent;

        Assert.Contains("March 2015", text, StringComparison.Ordinal);
        Assert.Contains("Villa Maraini", text, StringComparison.Ordinal);
        Assert.Contains("CC BY 4.0", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSitemapListsEveryPracticeAndRobotsPointToIt()
    {
        var client = site.Client();
        var sitemap = await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative));
        var robots = await client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative));

        Assert.Equal(6, System.Text.RegularExpressions.Regex.Matches(sitemap, "/practices/").Count);
        Assert.Contains("/countries/it</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACountryProfileGroupsItsPracticesByInterventionType()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/countries/it");

        var groups = page.QuerySelectorAll("section h3.group-title").Select(h => h.TextContent).ToList();
        Assert.True(groups.Count >= 2, string.Join(" | ", groups));
        var firstGroup = page.QuerySelector("section h3.group-title + ul")!.QuerySelectorAll("a").Length;
        Assert.Equal(int.Parse(page.QuerySelector("section h3.group-title .count")!.TextContent, System.Globalization.CultureInfo.InvariantCulture), firstGroup);
    }
}
