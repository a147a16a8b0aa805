using BenchmarkDotNet.Attributes;
using GoodPractices.Core.Corpus;
using GoodPractices.Core.Taxonomy;
using GoodPractices.Search.Storage;

namespace GoodPractices.Benchmarks;

/// <summary>What <c>index-build build</c> does, from Markdown files on disk to a current index version.</summary>
[Config(typeof(LongJobConfig))]
public class IndexBuildBenchmarks
{
    private string _corpus = null!;
    private string _out = null!;

    [Params(10_000, 100_000)]
    public int Practices { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _corpus = SyntheticIndex.Corpus(Practices);
        _out = Path.Combine(SyntheticIndex.Root, $"build-{Practices}");
    }

    [IterationCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_out)) Directory.Delete(_out, recursive: true);
    }

    [Benchmark(Description = "validate and index Markdown files")]
    public string Build()
    {
        // As the build command reads it: every file checked first, each body read again as it is indexed.
        var result = new CorpusLoader(TaxonomyLoader.LoadFromCorpus(_corpus), DateOnly.FromDateTime(DateTime.UtcNow))
            .Load(_corpus, keepBodies: false);
        return IndexStore.WriteVersion(_out, result.Corpus, progress: null, SyntheticIndex.TaxonomyPath);
    }
}
