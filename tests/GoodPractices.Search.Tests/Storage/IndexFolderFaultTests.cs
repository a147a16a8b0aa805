using GoodPractices.Core.Corpus;
using GoodPractices.Search.Storage;
using GoodPractices.Search.Tests.Support;

namespace GoodPractices.Search.Tests.Storage;

/// <summary>An index folder damaged by hand, by a disk or by a killed build: one line says what is wrong, builds still work.</summary>
public sealed class IndexFolderFaultTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "gp-index-fault-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
        if (File.Exists(_root)) File.Delete(_root);
    }

    private static PracticeCorpus Corpus(params string[] ids) =>
        new(TestTaxonomy.Instance, ids.Select(id => Practices.Make(id, title: "Practice " + id)).ToList());

    [Theory]
    [InlineData("{ \"current\": ", "is not valid JSON")]
    [InlineData("", "is empty")]
    [InlineData("   \n", "is empty")]
    [InlineData("{ \"current\": \"../../etc\", \"created\": \"2026-11-28T00:00:00Z\", \"practices\": 1 }", "does not name a version folder")]
    [InlineData("{ \"current\": \".tmp-20261128T000000Z-dead\", \"created\": \"2026-11-28T00:00:00Z\", \"practices\": 1 }", "does not name a version folder")]
    [InlineData("{ \"created\": \"2026-11-28T00:00:00Z\" }", "does not name a version folder")]
    [InlineData("[1, 2, 3]", "is not valid JSON")]
    public void ABadManifestIsOneLineAndABuildReplacesIt(string manifest, string problem)
    {
        Directory.CreateDirectory(_root);
        var path = Path.Combine(_root, "manifest.json");
        File.WriteAllText(path, manifest);

        var state = IndexStore.ReadManifest(_root);
        var version = IndexStore.WriteVersion(_root, Corpus("a"));

        Assert.Equal(new ManifestState(null, $"{path} {problem}"), state);
        Assert.Equal(version, IndexStore.CurrentVersion(_root));
        Assert.Equal([version], Directory.GetDirectories(Path.Combine(_root, "versions")).Select(Path.GetFileName));
        Assert.False(File.Exists(path + ".tmp"));
    }

    [Fact]
    public void AFailedBuildLeavesNeitherATemporaryFolderNorAVersionBehind()
    {
        var corpusFolder = Path.Combine(_root, "corpus");
        Directory.CreateDirectory(corpusFolder);
        var served = IndexStore.WriteVersion(Path.Combine(_root, "index"), Corpus("a"));
        foreach (var (name, text) in SampleCorpusFiles())
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(corpusFolder, name))!);
            File.WriteAllText(Path.Combine(corpusFolder, name), text);
        }
        var loaded = CorpusLoader.LoadDirectory(corpusFolder);
        Assert.True(loaded.Corpus.Practices.Count > 0, string.Join('\n', loaded.Diagnostics));
        var withoutBodies = new CorpusLoader(loaded.Corpus.Taxonomy, DateOnly.FromDateTime(DateTime.UtcNow)).Load(corpusFolder, keepBodies: false);
        var first = withoutBodies.Corpus.Practices[0].SourcePath;
        File.AppendAllText(Path.Combine(corpusFolder, first), "\nChanged after it was checked.\n");

        Assert.Throws<CorpusChangedException>(() => IndexStore.WriteVersion(Path.Combine(_root, "index"), withoutBodies.Corpus));

        Assert.Equal(served, IndexStore.CurrentVersion(Path.Combine(_root, "index")));
        Assert.Equal([served], Directory.GetDirectories(Path.Combine(_root, "index", "versions")).Select(Path.GetFileName));
    }

    [Fact]
    public void AFolderThatCannotBeWrittenIsOneLineThatSaysWhatToDo()
    {
        // A file where the folder should be cannot be written to by anyone, whatever their rights.
        File.WriteAllText(_root, "not a folder");

        var e = Assert.Throws<IndexFolderException>(() => IndexStore.WriteVersion(_root, Corpus("a")));

        Assert.Equal($"{_root} cannot be written to; give the user running the build write access to it, or choose another --out folder.", e.Message);
    }

    // A corpus of real files: the sample practice of the content tests, with their taxonomy.
    private static IEnumerable<(string Name, string Text)> SampleCorpusFiles()
    {
        var repository = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(repository, "GoodPractices.sln"))) repository = Path.GetDirectoryName(repository)!;
        var sample = Path.Combine(repository, "tests", "GoodPractices.Core.Tests", "Fixtures", "Validation", "valid-entry-and-translation", "it", "it-sample-practice.md");
        var text = File.ReadAllText(sample);
        yield return ("taxonomy.yml", File.ReadAllText(Path.Combine(repository, "tests", "GoodPractices.Core.Tests", "Fixtures", "taxonomy.yml")));
        yield return ("it/it-sample-practice.md", text);
    }
}
