using GoodPractices.Web.Metrics;
using Microsoft.AspNetCore.OutputCaching;

namespace GoodPractices.Web.Scaling;

/// <summary>
/// The output cache of a replica: in Redis while it is reachable, so a page cached by one replica is served by the
/// others and an eviction reaches all of them; in this process's memory while Redis is away. Evictions go to both,
/// so nothing cached during an outage outlives the index version it was built from. Lookups are counted for metrics.
/// </summary>
public sealed class SharedOutputCacheStore(IOutputCacheStore? redis, IOutputCacheStore memory, RedisConnection? connection, SiteMetrics metrics)
    : IOutputCacheStore
{
    private IOutputCacheStore? Shared => redis is not null && connection is { IsAvailable: true } ? redis : null;

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (Shared is { } shared)
        {
            try
            {
                var found = await shared.GetAsync(key, cancellationToken).ConfigureAwait(false);
                metrics.CacheLookup(found is not null, SiteMetrics.SharedStore);
                return found;
            }
            catch (Exception e) when (RedisConnection.IsOutage(e))
            {
                connection!.ReportOutage(e);
            }
        }
        var local = await memory.GetAsync(key, cancellationToken).ConfigureAwait(false);
        metrics.CacheLookup(local is not null, SiteMetrics.MemoryStore);
        return local;
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (Shared is { } shared)
        {
            try
            {
                await shared.SetAsync(key, value, tags, validFor, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (Exception e) when (RedisConnection.IsOutage(e))
            {
                connection!.ReportOutage(e);
            }
        }
        await memory.SetAsync(key, value, tags, validFor, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        await memory.EvictByTagAsync(tag, cancellationToken).ConfigureAwait(false);
        if (Shared is not { } shared) return;
        try
        {
            await shared.EvictByTagAsync(tag, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (RedisConnection.IsOutage(e))
        {
            connection!.ReportOutage(e);
        }
    }
}
