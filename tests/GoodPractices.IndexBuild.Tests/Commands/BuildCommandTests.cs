using GoodPractices.Core.Corpus;
using GoodPractices.IndexBuild.Commands;
using GoodPractices.Search.Contracts;
using GoodPractices.Search.Storage;

namespace GoodPractices.IndexBuild.Tests.Commands;

public sealed class BuildCommandTests : IDisposable
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
    private static readonly string Taxonomy = Path.Combine(Fixtures, "taxonomy.yml");
    private readonly string _index = Directory.CreateTempSubdirectory("gp-build-").FullName;

    public void Dispose() => Directory.Delete(_index, recursive: true);

    private static string Case(string name) => Path.Combine(Fixtures, "Validation", name);

    private int Build(string caseName, TextWriter? output = null, TextWriter? error = null) =>
        CommandLine.Run(["build", Case(caseName), "--out", _index, "--taxonomy", Taxonomy], output ?? TextWriter.Null, error ?? TextWriter.Null);

    [Fact]
    public void AValidCorpusBecomesTheCurrentIndexVersion()
    {
        Assert.Equal(0, Build("valid-entry-and-translation"));

        using var searcher = IndexStore.Open(_index);
        Assert.Equal(1, searcher.PracticeCount);
        Assert.NotNull(searcher.Find("it-sample-practice"));
    }

    [Fact]
    public void ACorpusWithErrorsIsNotBuiltAndTheServedIndexStaysAsItWas()
    {
        Assert.Equal(0, Build("valid-entry-and-translation"));
        var before = IndexStore.CurrentVersion(_index);
        using var error = new StringWriter();
        using var output = new StringWriter();

        var exit = Build("every-problem-in-one-pass", output, error);

        Assert.Equal(1, exit);
        Assert.Equal(before, IndexStore.CurrentVersion(_index));
        Assert.Contains("error GP012", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Not built: 3 errors to fix first", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ASecondBuildSwitchesTheManifestToANewVersion()
    {
        Assert.Equal(0, Build("valid-entry-and-translation"));
        var first = IndexStore.CurrentVersion(_index);

        Assert.Equal(0, Build("unknown-field"));

        Assert.NotEqual(first, IndexStore.CurrentVersion(_index));
    }

    [Fact]
    public void AVersionWrittenInSeveralSegmentsFindsEveryPracticeOnce()
    {
        var corpus = Path.Combine(_index, "corpus");
        Assert.Equal(0, CommandLine.Run(["generate", "--count", "400", "--seed", "5", "--out", corpus, "--taxonomy", Taxonomy], TextWriter.Null, TextWriter.Null));
        var built = Path.Combine(_index, "out");

        Assert.Equal(0, CommandLine.Run(["build", corpus, "--out", built, "--taxonomy", Taxonomy], TextWriter.Null, TextWriter.Null));

        // About one segment per indexing thread, left unmerged and each in its own files.
        var lucene = Path.Combine(built, "versions", IndexStore.CurrentVersion(built)!, "lucene");
        Assert.InRange(Directory.GetFiles(lucene, "*.si").Length, 1, 2 * Environment.ProcessorCount);
        Assert.Empty(Directory.GetFiles(lucene, "*.cfs"));
        var practices = CorpusLoader.LoadDirectory(corpus).Corpus.Practices;
        using var searcher = IndexStore.Open(built);
        Assert.Equal(practices.Count, searcher.PracticeCount);
        Assert.Equal(practices.Count, searcher.Search(new SearchRequest()).TotalHits);
        Assert.All(practices, p =>
        {
            var found = searcher.Find(p.Id);
            Assert.NotNull(found);
            Assert.Equal((p.Title, p.Body, p.Translations.Count), (found.Title, found.Body, found.Translations.Count));
            Assert.Equal(p.Translations.Select(t => (t.Language, t.Body)), found.Translations.Select(t => (t.Language, t.Body)));
        });
    }
}
