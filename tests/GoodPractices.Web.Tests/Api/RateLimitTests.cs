using System.Net;
using System.Text.Json;
using GoodPractices.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace GoodPractices.Web.Tests.Api;

public sealed class RateLimitTests
{
    [Fact]
    public async Task AClientOverItsLimitIsToldToComeBackLaterWithAProblem()
    {
        using var site = new SiteFactory();
        // The derived site is disposed with the one it comes from.
        var limited = site.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("GoodPractices:OpenData:RateLimitPermits", "2");
            builder.UseSetting("GoodPractices:OpenData:RateLimitWindow", "00:10:00");
        });
        var client = limited.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/search?q=prison", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/export.csv", UriKind.Relative))).StatusCode);
        var refused = await client.GetAsync(new Uri("/api/search?q=prison", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task ThePagesAreNotRateLimited()
    {
        using var site = new SiteFactory();
        var limited = site.WithWebHostBuilder(builder => builder.UseSetting("GoodPractices:OpenData:RateLimitPermits", "1"));
        var client = limited.CreateClient();

        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/search?q=prison", UriKind.Relative))).StatusCode);
    }
}
