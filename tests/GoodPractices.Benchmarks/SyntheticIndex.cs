using GoodPractices.Core.Corpus;
using GoodPractices.Core.Taxonomy;
using GoodPractices.IndexBuild.Generation;
using GoodPractices.Search.Contracts;
using GoodPractices.Search.Storage;

namespace GoodPractices.Benchmarks;

/// <summary>
/// Generated corpora and their indexes, kept under the temp folder between runs: generating 100,000 practices
/// takes minutes, and the benchmarks measure searching, not generating.
/// </summary>
internal static class SyntheticIndex
{
    public const int Seed = 42;

    public static string Root { get; } = Path.Combine(Path.GetTempPath(), "goodpractices-benchmarks");

    public static string TaxonomyPath { get; } = FindTaxonomy();

    /// <summary>The folder of a generated corpus of <paramref name="count"/> practices, generated on first use.</summary>
    public static string Corpus(int count)
    {
        var folder = Path.Combine(Root, $"corpus-{count}");
        var done = Path.Combine(folder, ".complete");
        if (File.Exists(done)) return folder;
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        File.Copy(TaxonomyPath, Path.Combine(folder, TaxonomyLoader.FileName));
        new SyntheticCorpus(TaxonomyLoader.Load(TaxonomyPath)).Write(folder, count, Seed);
        File.WriteAllText(done, "");
        return folder;
    }

    public static PracticeCorpus Load(int count)
    {
        var result = CorpusLoader.LoadDirectory(Corpus(count));
        if (result.HasErrors) throw new InvalidOperationException($"The generated corpus has errors: {result.Diagnostics[0]}");
        return result.Corpus;
    }

    /// <summary>An opened on-disk index of <paramref name="count"/> generated practices, built on first use.</summary>
    public static IPracticeSearcher Open(int count)
    {
        var indexRoot = Path.Combine(Root, $"index-{count}");
        if (IndexStore.CurrentVersion(indexRoot) is null)
        {
            IndexStore.WriteVersion(indexRoot, Load(count), progress: null, TaxonomyPath);
        }
        var searcher = IndexStore.Open(indexRoot);
        // Opening a version builds its completions in the background (seconds at 100,000): wait for them, so that
        // no benchmark times searches while that build shares the cores and the collector.
        searcher.Suggest("a");
        return searcher;
    }

    private static string FindTaxonomy()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "practices", TaxonomyLoader.FileName);
            if (File.Exists(path)) return path;
        }
        throw new FileNotFoundException("Run the benchmarks from inside the repository: practices/taxonomy.yml was not found.");
    }
}
