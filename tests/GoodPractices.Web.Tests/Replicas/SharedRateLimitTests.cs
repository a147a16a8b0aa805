using System.Net;

namespace GoodPractices.Web.Tests.Replicas;

public sealed class SharedRateLimitTests
{
    private static readonly (string, string)[] FourPerMinute =
        [("GoodPractices:OpenData:RateLimitPermits", "4"), ("GoodPractices:OpenData:RateLimitWindow", "00:01:00")];

    [RedisFact]
    public async Task AClientOverItsLimitIsRefusedByEveryReplica()
    {
        await using var redis = await RedisServer.StartAsync();
        using var index = Replica.IndexFolder();
        await using var first = Replica.Over(index, redis, FourPerMinute);
        await using var second = Replica.Over(index, redis, FourPerMinute);
        var clients = new[] { first.Client(), second.Client() };

        // Two requests on each replica: each alone is under four, together they use the whole allowance.
        var allowed = new List<HttpStatusCode>();
        foreach (var client in clients.Concat(clients)) allowed.Add(await StatusOf(client));
        var refused = new List<HttpStatusCode>();
        foreach (var client in clients) refused.Add(await StatusOf(client));

        Assert.All(allowed, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.All(refused, status => Assert.Equal(HttpStatusCode.TooManyRequests, status));
    }

    [RedisFact]
    public async Task WhileRedisIsAwayEachReplicaStillKeepsTheLimit()
    {
        await using var redis = await RedisServer.StartAsync();
        using var index = Replica.IndexFolder();
        await using var site = Replica.Over(index, redis, FourPerMinute);
        var client = site.Client();
        Assert.Equal(HttpStatusCode.OK, await StatusOf(client));

        await redis.StopAsync();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++) statuses.Add(await StatusOf(client));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    private static async Task<HttpStatusCode> StatusOf(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/api/taxonomy", UriKind.Relative));
        return response.StatusCode;
    }
}
