namespace GoodPractices.Web.Scaling;

/// <summary>The settings of the <c>GoodPractices</c> section that matter when several replicas serve the site.</summary>
public sealed class ScalingOptions
{
    public const string SectionName = "GoodPractices";

    /// <summary>
    /// A StackExchange.Redis connection string (<c>127.0.0.1:6379</c>). When set, the output cache, the rate limits and
    /// the data protection keys are shared through Redis; when empty, everything stays in this process.
    /// </summary>
    public string? Redis { get; set; }

    /// <summary>Expose OpenTelemetry metrics for Prometheus at <c>/metrics</c>.</summary>
    public bool Metrics { get; set; }

    public bool UsesRedis => !string.IsNullOrWhiteSpace(Redis);
}
