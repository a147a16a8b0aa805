using GoodPractices.Search.Storage;
using GoodPractices.Core.Corpus;
using GoodPractices.Web.Tests.Infrastructure;
using StackExchange.Redis;

namespace GoodPractices.Web.Tests.Replicas;

public sealed class SharedCacheTests
{
    private const string Page = "/search?q=court";

    [RedisFact]
    public async Task APageCachedByOneReplicaIsServedByTheOther()
    {
        await using var redis = await RedisServer.StartAsync();
        using var index = Replica.IndexFolder();
        await using var first = Replica.Over(index, redis);
        await using var second = Replica.Over(index, redis);

        using var built = await first.Client().GetAsync(new Uri(Page, UriKind.Relative));
        using var served = await second.Client().GetAsync(new Uri(Page, UriKind.Relative));

        Assert.Null(built.Headers.Age);
        Assert.NotNull(served.Headers.Age);
        Assert.Equal(await built.Content.ReadAsStringAsync(), await served.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task WithoutRedisEachReplicaBuildsItsOwnPages()
    {
        using var index = Replica.IndexFolder();
        await using var first = Replica.Over(index);
        await using var second = Replica.Over(index);

        await first.Client().GetAsync(new Uri(Page, UriKind.Relative));
        using var served = await second.Client().GetAsync(new Uri(Page, UriKind.Relative));

        Assert.Null(served.Headers.Age);
    }

    [RedisFact]
    public async Task ANewIndexVersionLeavesNoPageOfTheOldOneInTheSharedCache()
    {
        await using var redis = await RedisServer.StartAsync();
        using var index = Replica.IndexFolder();
        var old = IndexStore.CurrentVersion(index.Path)!;
        await using var first = Replica.Over(index, redis);
        await using var second = Replica.Over(index, redis);
        await first.Client().GetAsync(new Uri(Page, UriKind.Relative));
        await second.Client().GetAsync(new Uri("/api/search?q=court", UriKind.Relative));
        Assert.NotEmpty(CachedKeysOf(redis, old));

        var fresh = IndexStore.WriteVersion(index.Path, CorpusLoader.LoadDirectory(Fixtures.PracticesPath).Corpus);

        foreach (var site in new[] { first, second })
        {
            Assert.True(await Replica.Eventually(async () => await VersionOf(site.Client()) == fresh, TimeSpan.FromSeconds(20)),
                "A replica did not swap to the new version.");
        }
        Assert.Empty(CachedKeysOf(redis, old));
    }

    private static async Task<string?> VersionOf(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/api/taxonomy", UriKind.Relative));
        return response.Headers.TryGetValues("X-Index-Version", out var values) ? values.Single() : null;
    }

    private static List<string> CachedKeysOf(RedisServer redis, string version)
    {
        using var connection = ConnectionMultiplexer.Connect(redis.ConnectionString);
        return connection.GetServer(connection.GetEndPoints()[0]).Keys(pattern: "goodpractices:*")
            .Select(key => key.ToString())
            .Where(key => key.Contains(version, StringComparison.Ordinal))
            .ToList();
    }
}
