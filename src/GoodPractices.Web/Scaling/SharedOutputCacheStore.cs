using GoodPractices.Web.Metrics;
using Microsoft.AspNetCore.OutputCaching;

namespace GoodPractices.Web.Scaling;

/// <summary>
/// The output cache of a replica: in Redis while it is reachable, so a page cached by one replica is served by the
/// others; in this process's memory while Redis is away. Lookups are counted for metrics.
/// </summary>
/// <remarks>
/// When the index host swaps versions it evicts every index page. This replica's memory is emptied as asked; in the
/// shared cache only the pages of the versions this replica wrote and no longer serves are evicted (their
/// <see cref="IndexVersionTagPolicy"/> tags): a replica starting, or the last one to follow the manifest, must not empty
/// the pages the others already built from the new version. Every replica that wrote pages of a version evicts them
/// when it moves on, so none outlives the version on any replica.
/// </remarks>
public sealed class SharedOutputCacheStore(IOutputCacheStore? redis, IOutputCacheStore memory, RedisConnection? connection, SiteMetrics metrics,
    Func<string?> servedVersion) : IOutputCacheStore
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _versionsWritten = new(StringComparer.Ordinal);

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
                // The shared cache is evicted by version only; the tag of every index page would only grow there.
                var sharedTags = tags?.Where(tag => tag != Indexing.IndexHost.CacheTag).ToArray();
                await shared.SetAsync(key, value, sharedTags, validFor, cancellationToken).ConfigureAwait(false);
                RememberVersions(tags);
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
            if (tag != Indexing.IndexHost.CacheTag)
            {
                await shared.EvictByTagAsync(tag, cancellationToken).ConfigureAwait(false);
                return;
            }
            foreach (var retired in TakeRetiredVersions())
                await shared.EvictByTagAsync(IndexVersionTagPolicy.TagOf(retired), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (RedisConnection.IsOutage(e))
        {
            connection!.ReportOutage(e);
        }
    }

    private void RememberVersions(string[]? tags)
    {
        if (tags is null) return;
        foreach (var tag in tags)
        {
            if (IndexVersionTagPolicy.VersionOf(tag) is not { } version) continue;
            lock (_gate) _versionsWritten.Add(version);
        }
    }

    private List<string> TakeRetiredVersions()
    {
        var served = servedVersion();
        lock (_gate)
        {
            var retired = _versionsWritten.Where(version => version != served).ToList();
            _versionsWritten.ExceptWith(retired);
            return retired;
        }
    }
}
