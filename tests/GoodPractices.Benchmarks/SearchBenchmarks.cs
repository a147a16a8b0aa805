using BenchmarkDotNet.Attributes;
using GoodPractices.Search.Contracts;

namespace GoodPractices.Benchmarks;

/// <summary>
/// One search as the site runs it: hits for a page, every facet dimension counted, and drill-sideways
/// passes for each dimension with a selection. Single thread.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(FastJobConfig))]
public class SearchBenchmarks
{
    private IPracticeSearcher _searcher = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Practices { get; set; }

    [GlobalSetup]
    public void Setup() => _searcher = SyntheticIndex.Open(Practices);

    [GlobalCleanup]
    public void Cleanup() => _searcher.Dispose();

    [Benchmark(Description = "all entries, every facet")]
    public SearchResults AllEntries() => _searcher.Search(new SearchRequest());

    [Benchmark(Description = "two words, every facet")]
    public SearchResults TwoWords() => _searcher.Search(new SearchRequest { Query = "prison treatment" });

    [Benchmark(Description = "all entries, two dimensions selected")]
    public SearchResults AllEntriesTwoDimensions() => _searcher.Search(new SearchRequest
    {
        Filters = new Dictionary<string, IReadOnlyList<string>>
        {
            ["country"] = ["IT", "FR", "DE"],
            ["intervention"] = ["decriminalisation", "police-diversion"],
        },
    });

    [Benchmark(Description = "two words, two dimensions selected")]
    public SearchResults TwoWordsTwoDimensions() => _searcher.Search(new SearchRequest
    {
        Query = "prison treatment",
        Filters = new Dictionary<string, IReadOnlyList<string>>
        {
            ["country"] = ["IT", "FR", "DE"],
            ["intervention"] = ["decriminalisation", "police-diversion"],
        },
    });
}
