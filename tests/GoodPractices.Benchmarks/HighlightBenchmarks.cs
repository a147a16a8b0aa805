using BenchmarkDotNet.Attributes;
using GoodPractices.Search.Indexing;
using GoodPractices.Search.Querying.Matching;
using GoodPractices.Search.Querying.Reading;
using GoodPractices.Search.Querying.Snippets;

namespace GoodPractices.Benchmarks;

/// <summary>Highlighted snippets for one page of ten hits, as the search page shows them.</summary>
[MemoryDiagnoser]
[Config(typeof(FastJobConfig))]
public class HighlightBenchmarks
{
    private readonly PracticeAnalyzer _analyzer = new();
    private SnippetBuilder _snippets = null!;
    private HighlightTerms _terms = null!;
    private HitText[] _texts = null!;

    [GlobalSetup]
    public void Setup()
    {
        _snippets = new SnippetBuilder(_analyzer);
        var builder = new TextQueryBuilder(_analyzer);
        builder.Build(UserQueryReader.Read("prison treatment women").Root);
        _terms = builder.Terms;
        // The search page builds passages from the opening prose stored in the index, as here.
        _texts = SyntheticIndex.Load(1_000).Practices.Take(10).Select(p => HitRecord.From(p).TextIn("en")).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup() => _analyzer.Dispose();

    [Benchmark(Description = "10 snippets")]
    public int TenSnippets()
    {
        var length = 0;
        foreach (var text in _texts) length += _snippets.Build(text.Language, text.Summary, text.Prose, _terms).Text.Length;
        return length;
    }
}
