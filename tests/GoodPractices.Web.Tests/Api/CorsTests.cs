using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Api;

public sealed class CorsTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("/api/search?q=prison")]
    [InlineData("/api/practices/pt-dissuasion-commissions")]
    [InlineData("/export.jsonl")]
    [InlineData("/feed.atom")]
    [InlineData("/data/practices.json")]
    public async Task AnyOriginMayReadOpenData(string address)
    {
        var client = site.Client();
        for (var i = 0; i < 2; i++) // the second answer may come from the output cache: it must carry the header too
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(address, UriKind.Relative));
            request.Headers.Add("Origin", "https://research.example.org");
            var response = await client.SendAsync(request);

            Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        }
    }

    [Fact]
    public async Task ThePagesAreNotOpenToOtherOrigins()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/search", UriKind.Relative));
        request.Headers.Add("Origin", "https://research.example.org");

        var response = await site.Client().SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
