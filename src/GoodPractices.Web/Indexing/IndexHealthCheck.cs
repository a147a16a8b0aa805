using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GoodPractices.Web.Indexing;

/// <summary>Healthy while an index version is being served.</summary>
public sealed class IndexHealthCheck(IndexHost host) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(host.Current is { } searcher
            ? HealthCheckResult.Healthy($"Serving index {searcher.Version} ({searcher.PracticeCount} practices)")
            : HealthCheckResult.Unhealthy("No index version is open yet"));
}
