using System.Net;
using System.Text.Json;

namespace GoodPractices.Web.Tests.Replicas;

public sealed class RedisOutageTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [RedisFact]
    public async Task WhenRedisStopsTheSiteKeepsAnsweringAndSaysItIsDegraded()
    {
        await using var redis = await RedisServer.StartAsync();
        using var index = Replica.IndexFolder();
        await using var site = Replica.Over(index, redis);
        var client = site.Client();
        await client.GetAsync(new Uri("/search?q=court", UriKind.Relative));

        await redis.StopAsync();
        using var page = await client.GetAsync(new Uri("/search?q=prison", UriKind.Relative));
        using var api = await client.GetAsync(new Uri("/api/search?q=prison", UriKind.Relative));
        var (status, redisCheck) = await ReadinessOf(client);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal("Degraded", status);
        Assert.Equal("Degraded", redisCheck);
    }

    [RedisFact]
    public async Task WhenRedisReturnsTheSiteIsHealthyAndSharesItsCacheAgain()
    {
        await using var redis = await RedisServer.StartAsync();
        using var index = Replica.IndexFolder();
        await using var first = Replica.Over(index, redis);
        await using var second = Replica.Over(index, redis);
        await redis.StopAsync();
        await first.Client().GetAsync(new Uri("/search?q=court", UriKind.Relative));
        Assert.Equal("Degraded", (await ReadinessOf(first.Client())).Status);

        await redis.StartAgainAsync();

        Assert.True(await Replica.Eventually(async () => (await ReadinessOf(first.Client())).Status == "Healthy", Patience),
            "The site did not say it was healthy again after Redis returned.");
        Assert.True(await Replica.Eventually(async () => (await ReadinessOf(second.Client())).Status == "Healthy", Patience),
            "The second site did not say it was healthy again after Redis returned.");
        await first.Client().GetAsync(new Uri("/search?q=prison", UriKind.Relative));
        Assert.True(await Replica.Eventually(() => Task.FromResult(SharedCacheTests.CachedKeysOf(redis, "q=prison").Count > 0), Patience));
        using var served = await second.Client().GetAsync(new Uri("/search?q=prison", UriKind.Relative));
        Assert.NotNull(served.Headers.Age);
    }

    private static async Task<(string Status, string? Redis)> ReadinessOf(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        var redis = root.GetProperty("checks").TryGetProperty("redis", out var check) ? check.GetProperty("status").GetString() : null;
        return (root.GetProperty("status").GetString()!, redis);
    }
}
