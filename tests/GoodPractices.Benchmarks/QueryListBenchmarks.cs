using BenchmarkDotNet.Attributes;
using GoodPractices.Search.Contracts;

namespace GoodPractices.Benchmarks;

/// <summary>
/// The searches of the load test (<c>docs/load/uncached-searches.lua</c>), one after another as the API answers them:
/// each with its facets and 20 hits with passages, the last word also read as the start of a longer one. This is the
/// search core's share of what <c>wrk</c> measures over HTTP, with the memory each search allocates.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(FastJobConfig))]
public class QueryListBenchmarks
{
    internal static readonly string[] Queries =
    [
        "prison", "treatment", "women", "naloxone", "methadone", "drug treatment court", "alternatives to prison",
        "harm reduction", "family", "children of prisoners", "legal aid", "probation", "peer support", "housing",
        "employment", "reintegration", "hepatitis", "needle exchange", "diversion", "police", "mothers",
        "prisão", "carcere", "vězení", "detencao", "dissuasion", "commissions", "court", "release", "opioid",
    ];

    private IPracticeSearcher _searcher = null!;

    [Params(10_000)]
    public int Practices { get; set; }

    [GlobalSetup]
    public void Setup() => _searcher = SyntheticIndex.Open(Practices);

    [GlobalCleanup]
    public void Cleanup() => _searcher.Dispose();

    [Benchmark(Description = "the load test's 30 searches, 20 hits with passages (per search)", OperationsPerInvoke = 30)]
    public int QueryList()
    {
        var total = 0;
        foreach (var query in Queries) total += _searcher.Search(new SearchRequest { Query = query }).TotalHits;
        return total;
    }
}
