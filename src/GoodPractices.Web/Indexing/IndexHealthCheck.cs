using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GoodPractices.Web.Indexing;

/// <summary>
/// Healthy while the index version the folder names is served; degraded while an older one is served because the
/// manifest cannot be followed; unhealthy while none is open.
/// </summary>
public sealed class IndexHealthCheck(IndexHost host) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (host.Current is not { } searcher) return Task.FromResult(HealthCheckResult.Unhealthy("No index version is open yet"));
        return Task.FromResult(host.ManifestProblem is { } problem
            ? HealthCheckResult.Degraded($"Serving a stale index version, {searcher.Version} ({searcher.PracticeCount} practices): {problem}")
            : HealthCheckResult.Healthy($"Serving index {searcher.Version} ({searcher.PracticeCount} practices)"));
    }
}
