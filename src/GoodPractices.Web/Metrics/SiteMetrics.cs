using System.Diagnostics;
using System.Diagnostics.Metrics;
using GoodPractices.Web.Api;
using GoodPractices.Web.Indexing;

namespace GoodPractices.Web.Metrics;

/// <summary>
/// The site's own instruments: search time on a cache miss, output cache lookups, and the age of the index version
/// being served. Requests are counted by ASP.NET Core's <c>http.server.request.duration</c>. Nothing is recorded
/// unless a listener (the OpenTelemetry exporter behind <c>GoodPractices:Metrics</c>) is attached.
/// </summary>
public sealed class SiteMetrics
{
    public const string MeterName = "GoodPractices.Web";
    public const string SharedStore = "redis";
    public const string MemoryStore = "memory";

    // From a cached-index millisecond to the seconds a cold 100,000-entry corpus may take.
    private static readonly double[] SearchBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

    private readonly Histogram<double> _searchDuration;
    private readonly Counter<long> _cacheLookups;

    public SiteMetrics(IMeterFactory meters, IServiceProvider services)
    {
        var meter = meters.Create(MeterName);
        _searchDuration = meter.CreateHistogram<double>("goodpractices.search.duration", unit: "s",
            description: "Time to answer a search that the output cache did not hold.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SearchBuckets });
        _cacheLookups = meter.CreateCounter<long>("goodpractices.output_cache.lookups", unit: "{lookup}",
            description: "Output cache lookups, by result (hit or miss) and store (redis or memory).");
        // The index host needs the output cache, which counts lookups here: resolve it only when measured.
        meter.CreateObservableGauge("goodpractices.index.age", () => IndexAge(services.GetRequiredService<IndexHost>()), unit: "s",
            description: "How long ago the index version being served was built.");
    }

    public void SearchAnswered(TimeSpan elapsed, string endpoint) =>
        _searchDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("endpoint", endpoint));

    public void CacheLookup(bool hit, string store) =>
        _cacheLookups.Add(1, new TagList { { "result", hit ? "hit" : "miss" }, { "store", store } });

    private static IEnumerable<Measurement<double>> IndexAge(IndexHost host)
    {
        if (host.Version is not { } version || OpenDataIndex.BuiltAt(version) is not { } built) yield break;
        yield return new Measurement<double>((DateTimeOffset.UtcNow - built).TotalSeconds,
            new KeyValuePair<string, object?>("index.version", version));
    }
}
