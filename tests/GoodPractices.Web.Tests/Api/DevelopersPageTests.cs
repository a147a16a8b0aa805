using System.Net;
using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Api;

public sealed class DevelopersPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task TheDevelopersPageShowsACurlExampleForEveryEndpoint()
    {
        var (response, _, page) = await Html.GetAsync(site.Client(), "/developers");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var examples = page.QuerySelectorAll(".endpoints pre code").Select(c => c.TextContent).ToList();
        Assert.Equal(GoodPractices.Web.Api.DeveloperGuide.Endpoints.Count, examples.Count);
        Assert.All(examples, example => Assert.StartsWith("curl 'http://localhost/", example, StringComparison.Ordinal));
        Assert.Contains(examples, e => e.Contains("/api/practices/", StringComparison.Ordinal) && !e.Contains("{id}", StringComparison.Ordinal));
        Assert.NotNull(page.QuerySelector("a[href='/openapi/v1.json']"));
    }

    [Fact]
    public async Task TheDevelopersPageShowsTheExportsReadByCommonToolsAndARealCitationInEachFormat()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/fr/developers");
        var code = page.QuerySelectorAll("pre code").Select(c => c.TextContent).ToList();

        Assert.Contains(code, c => c.Contains("encoding=\"utf-8-sig\"", StringComparison.Ordinal) && c.Contains("http://localhost/fr/export.csv?country=IT", StringComparison.Ordinal));
        Assert.Contains(code, c => c.Contains("fileEncoding = \"UTF-8-BOM\"", StringComparison.Ordinal));
        Assert.Contains(code, c => c.StartsWith("@online{", StringComparison.Ordinal) && c.Contains("url = {http://localhost/fr/practices/", StringComparison.Ordinal));
        Assert.Contains(code, c => c.StartsWith("TY  - ELEC", StringComparison.Ordinal));
        Assert.Contains(code, c => c.TrimStart().StartsWith('[') && c.Contains("\"container-title\"", StringComparison.Ordinal));
        Assert.Equal("Lire les exports avec vos propres outils", page.QuerySelector("#exports-in-tools")!.TextContent);
    }

    [Fact]
    public async Task TheApiRootLeadsToTheDevelopersPage()
    {
        var response = await site.Client().GetAsync(new Uri("/api", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/developers", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task EveryExampleOnTheDevelopersPageAnswers()
    {
        var client = site.Client();
        var (_, _, page) = await Html.GetAsync(client, "/developers");

        foreach (var example in page.QuerySelectorAll(".endpoints pre code").Select(c => c.TextContent))
        {
            var address = new Uri(example["curl '".Length..^1]).PathAndQuery;
            var response = await client.GetAsync(new Uri(address, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{address} answered {response.StatusCode}");
        }
    }
}
