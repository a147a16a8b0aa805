using GoodPractices.Search.Storage;
using GoodPractices.Web.Hosting;
using GoodPractices.Web.Indexing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace GoodPractices.Web.Health;

/// <summary>
/// Degraded when this replica has served another version than the one the manifest names for longer than a swap
/// takes (a new version that cannot be opened, a watcher that stopped). Registered as a singleton: it remembers
/// since when the two have differed.
/// </summary>
public sealed class IndexFreshnessHealthCheck(IndexHost host, IOptions<GoodPracticesOptions> options, TimeProvider clock) : IHealthCheck
{
    private readonly Lock _gate = new();
    private (string Manifest, string? Served, DateTimeOffset Since)? _behind;

    /// <summary>How long a replica may serve an older version than the manifest's before it says so.</summary>
    public TimeSpan Grace => options.Value.ManifestPollInterval * 2 + TimeSpan.FromSeconds(5);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(options.Value.IndexPath))
            return Task.FromResult(HealthCheckResult.Healthy("The index is built from the corpus at start-up"));
        var manifest = IndexStore.CurrentVersion(Path.GetFullPath(options.Value.IndexPath));
        var served = host.Version;
        if (manifest is null || manifest == served)
        {
            lock (_gate) _behind = null;
            return Task.FromResult(HealthCheckResult.Healthy($"Serving the manifest's version {served ?? "(none)"}"));
        }

        var now = clock.GetUtcNow();
        DateTimeOffset since;
        lock (_gate)
        {
            if (_behind is not { } behind || behind.Manifest != manifest || behind.Served != served) _behind = behind = (manifest, served, now);
            since = behind.Since;
        }
        var waited = now - since;
        return Task.FromResult(waited < Grace
            ? HealthCheckResult.Healthy($"Swapping from {served ?? "(none)"} to {manifest}")
            : HealthCheckResult.Degraded($"Serving {served ?? "(none)"} although the manifest has named {manifest} for {waited.TotalSeconds:0} s"));
    }
}
