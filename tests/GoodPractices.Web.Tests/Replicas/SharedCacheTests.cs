using GoodPractices.Search.Storage;
using GoodPractices.Core.Corpus;
using GoodPractices.Web.Tests.Infrastructure;
using GoodPractices.Web.Indexing;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace GoodPractices.Web.Tests.Replicas;

public sealed class SharedCacheTests
{
    private const string Page = "/search?q=court";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    [RedisFact]
    public async Task APageCachedByOneReplicaIsServedByTheOther()
    {
        await using var redis = await RedisServer.StartAsync();
        using var index = Replica.IndexFolder();
        await using var first = Replica.Over(index, redis);
        // Started only by its first request, after the page was cached: starting must not empty the shared cache.
        await using var second = Replica.Over(index, redis);

        using var built = await first.Client().GetAsync(new Uri(Page, UriKind.Relative));
        // The cache stores an answer once it has been sent: wait for it to land in Redis before the other replica asks.
        Assert.True(await Replica.Eventually(() => Task.FromResult(CachedKeysOf(redis, "q=court").Count > 0), Patience));
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
            string? seen = null;
            Assert.True(await Replica.Eventually(() => Task.FromResult((seen = site.Services.GetRequiredService<IndexHost>().Version) == fresh), Patience),
                $"A replica served {seen} instead of {fresh}.");
        }
        // A replica serves the new version a moment before its eviction reaches Redis.
        Assert.True(await Replica.Eventually(() => Task.FromResult(CachedKeysOf(redis, old).Count == 0), TimeSpan.FromSeconds(10)),
            "Pages of the retired version stayed in the shared cache: " + string.Join(", ", CachedKeysOf(redis, old)));
    }

    /// <summary>The keys of cached answers whose cache key contains <paramref name="part"/> (a version, a query).</summary>
    internal static List<string> CachedKeysOf(RedisServer redis, string part)
    {
        using var connection = ConnectionMultiplexer.Connect(redis.ConnectionString);
        return connection.GetServer(connection.GetEndPoints()[0]).Keys(pattern: "goodpractices:*")
            .Select(key => key.ToString())
            .Where(key => key.Contains(part, StringComparison.OrdinalIgnoreCase))
            .ToList();
    }
}
