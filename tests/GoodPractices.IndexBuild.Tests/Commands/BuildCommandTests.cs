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
    public void ACorpusOfAFewHundredIsWrittenAsOneSegmentAndFindsEveryPracticeOnce()
    {
        var corpus = Path.Combine(_index, "corpus");
        Assert.Equal(0, CommandLine.Run(["generate", "--count", "400", "--seed", "5", "--out", corpus, "--taxonomy", Taxonomy], TextWriter.Null, TextWriter.Null));
        var built = Path.Combine(_index, "out");

        Assert.Equal(0, CommandLine.Run(["build", corpus, "--out", built, "--taxonomy", Taxonomy], TextWriter.Null, TextWriter.Null));

        // Merged, since every term of a search is looked up once per segment; not packed into a compound file.
        var lucene = Path.Combine(built, "versions", IndexStore.CurrentVersion(built)!, "lucene");
        Assert.Single(Directory.GetFiles(lucene, "*.si"));
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

/// <summary>What the command line says about an index folder it cannot trust or cannot write, and about hostile files.</summary>
public sealed class IndexFolderFaultCommandTests : IDisposable
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
    private static readonly string Taxonomy = Path.Combine(Fixtures, "taxonomy.yml");
    private readonly string _work = Directory.CreateTempSubdirectory("gp-build-fault-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private static string Valid => Path.Combine(Fixtures, "Validation", "valid-entry-and-translation");

    private (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CommandLine.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("{ \"current\": ", "is not valid JSON")]
    [InlineData("", "is empty")]
    [InlineData("{ \"current\": \"../../etc\" }", "does not name a version folder")]
    public void ABadManifestIsOneWarningAndTheBuildStillSucceeds(string manifest, string problem)
    {
        var index = Path.Combine(_work, "index");
        Directory.CreateDirectory(index);
        File.WriteAllText(Path.Combine(index, "manifest.json"), manifest);

        var (exit, _, error) = Run("build", Valid, "--out", index, "--taxonomy", Taxonomy);

        Assert.Equal(0, exit);
        Assert.Equal(
            $"warning: {Path.Combine(index, "manifest.json")} {problem}; building as if no version were current, and writing a new manifest." + Environment.NewLine,
            error);
        var version = IndexStore.CurrentVersion(index);
        Assert.NotNull(version);
        Assert.Equal([version], Directory.GetDirectories(Path.Combine(index, "versions")).Select(Path.GetFileName));
    }

    [Fact]
    public void AnIndexFolderThatCannotBeWrittenIsOneLineAndANonZeroExit()
    {
        var index = Path.Combine(_work, "index");
        File.WriteAllText(index, "a file where the folder should be");

        var (exit, _, error) = Run("build", Valid, "--out", index, "--taxonomy", Taxonomy);

        Assert.Equal(3, exit);
        Assert.Equal(
            $"Not built: {index} cannot be written to; give the user running the build write access to it, or choose another --out folder." + Environment.NewLine,
            error);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("build")]
    public void FiftyThousandNestedBracketsAreOneErrorLineNotACrash(string command)
    {
        var corpus = Path.Combine(_work, "corpus");
        Directory.CreateDirectory(Path.Combine(corpus, "it"));
        File.Copy(Path.Combine(Valid, "it", "it-sample-practice.md"), Path.Combine(corpus, "it", "it-sample-practice.md"));
        File.WriteAllText(Path.Combine(corpus, "it", "deep.md"), "---\ncountries: " + new string('[', 50_000) + "\n---\nText.\n");
        string[] args = command == "build"
            ? ["build", corpus, "--out", Path.Combine(_work, "index"), "--taxonomy", Taxonomy]
            : ["validate", corpus, "--taxonomy", Taxonomy];

        var (exit, output, _) = Run(args);

        Assert.Equal(1, exit);
        Assert.Contains(
            $"{corpus}/it/deep.md:2:31: error GP002: Lists and groups of fields are nested more than 20 levels deep here; a practice never needs more than four.",
            output.Split(Environment.NewLine));
    }
}
