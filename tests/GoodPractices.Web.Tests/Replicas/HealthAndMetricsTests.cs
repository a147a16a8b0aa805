using System.Net;
using System.Text.Json;
using GoodPractices.Web.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace GoodPractices.Web.Tests.Replicas;

public sealed class HealthAndMetricsTests
{
    [Fact]
    public async Task TheSiteIsLiveAndReadyWithAnIndexOpenAndNoRedis()
    {
        using var index = Replica.IndexFolder();
        await using var site = Replica.Over(index);
        var client = site.Client();

        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        using var json = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.False(json.RootElement.GetProperty("checks").TryGetProperty("redis", out _));
    }

    [Fact]
    public async Task ASearchAnswerSaysWhichIndexVersionItCameFrom()
    {
        using var index = Replica.IndexFolder();
        await using var site = Replica.Over(index);

        using var response = await site.Client().GetAsync(new Uri("/api/search?q=court", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var version = json.RootElement.GetProperty("indexVersion").GetString();
        Assert.False(string.IsNullOrEmpty(version));
        Assert.Equal(version, response.Headers.GetValues("X-Index-Version").Single());
    }

    [Fact]
    public async Task ASearchAnswerFromTheCacheStillSaysWhichIndexVersion()
    {
        using var index = Replica.IndexFolder();
        await using var site = Replica.Over(index);
        var client = site.Client();
        HttpResponseMessage? cached = null;

        Assert.True(await Replica.Eventually(async () =>
        {
            cached?.Dispose();
            cached = await client.GetAsync(new Uri("/api/search?q=court", UriKind.Relative));
            return cached.Headers.Age is not null;
        }, TimeSpan.FromSeconds(10)));

        Assert.Equal(site.Services.GetRequiredService<IndexHost>().Version, cached!.Headers.GetValues("X-Index-Version").Single());
        cached.Dispose();
    }

    [Fact]
    public async Task MetricsAreNotExposedUnlessConfigured()
    {
        using var index = Replica.IndexFolder();
        await using var site = Replica.Over(index);

        using var response = await site.Client().GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task MetricsCountRequestsSearchTimeCacheHitsAndTheIndexAge()
    {
        using var index = Replica.IndexFolder();
        await using var site = Replica.Over(index, ("GoodPractices:Metrics", "true"));
        var client = site.Client();
        // The answer is stored once sent: ask again until one comes from the cache.
        Assert.True(await Replica.Eventually(async () =>
        {
            using var response = await client.GetAsync(new Uri("/api/search?q=court", UriKind.Relative));
            return response.Headers.Age is not null;
        }, TimeSpan.FromSeconds(10)));

        var metrics = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Matches("http_server_request_duration_seconds_count\\{[^}]*http_route=\"/api/search\"[^}]*\\} [2-9]", metrics);
        Assert.Matches("goodpractices_search_duration_seconds_count\\{[^}]*endpoint=\"api\"[^}]*\\} [1-9]", metrics);
        Assert.Matches("goodpractices_output_cache_lookups_total\\{[^}]*result=\"hit\",store=\"memory\"[^}]*\\} 1\n", metrics);
        Assert.Matches("goodpractices_index_age_seconds\\{[^}]*index_version=\"[^\"]+\"[^}]*\\} \\d", metrics);
    }
}
