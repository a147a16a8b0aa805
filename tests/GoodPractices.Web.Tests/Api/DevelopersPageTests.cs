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
