using GoodPractices.Core.Corpus;
using GoodPractices.Search.Contracts;
using GoodPractices.Search.Storage;
using GoodPractices.Search.Tests.Support;

namespace GoodPractices.Search.Tests.Storage;

public sealed class CorpusToIndexTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "gp-corpus-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private static string FixtureCorpus => Path.Combine(AppContext.BaseDirectory, "Fixtures", "corpus");

    private static CorpusLoadResult Load() => new CorpusLoader(TestTaxonomy.Instance, new DateOnly(2026, 11, 28)).Load(FixtureCorpus);

    [Fact]
    public void TheFixtureCorpusIsValid()
    {
        var loaded = Load();

        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        Assert.Equal(2, loaded.Corpus.Practices.Count);
    }

    [Fact]
    public void PracticesReadFromMarkdownAreFoundAndServedWholeFromAWrittenVersion()
    {
        var corpus = Load().Corpus;
        IndexStore.WriteVersion(_root, corpus, taxonomyYamlPath: TestTaxonomy.Path);
        using var searcher = IndexStore.Open(_root);

        var original = corpus.Find("pt-dissuasion-commissions")!;
        var served = searcher.Find("pt-dissuasion-commissions")!;

        Assert.Equal(["pt-dissuasion-commissions"], searcher.Search("comissoes dissuasao").Ids());
        Assert.Equal(["pt-dissuasion-commissions"], searcher.Search("tribunaux").Ids());
        Assert.Equal(["it-prison-health-units"], searcher.Search("carcere metadone").Ids());
        Assert.Equal((original.Title, original.Body, original.SourcePath, original.LastReviewed), (served.Title, served.Body, served.SourcePath, served.LastReviewed));
        Assert.Equal(original.Evidence.Outcomes, served.Evidence.Outcomes);
        Assert.Equal(original.Translations.Single().Body, served.Translations.Single().Body);
    }

    [Fact]
    public void AFrenchReaderSeesTheFrenchTranslation()
    {
        using var searcher = IndexStore.BuildInMemory(Load().Corpus);

        var hit = Assert.Single(searcher.Search(new SearchRequest { Query = "SICAD", DisplayLanguage = "fr" }).Hits);

        Assert.Equal("Commissions de dissuasion de la toxicomanie", hit.Title);
        Assert.Equal("fr", hit.Language);
    }

    [Fact]
    public void TheRelatedListOfAMarkdownEntryIsFollowed()
    {
        using var searcher = IndexStore.BuildInMemory(Load().Corpus);

        Assert.Equal("it-prison-health-units", searcher.Related("pt-dissuasion-commissions")[0].Id);
    }

    [Fact]
    public void AFileChangedWhileTheIndexIsWrittenLeavesTheServedVersionAsItWas()
    {
        var folder = Path.Combine(_root, "corpus");
        foreach (var file in Directory.EnumerateFiles(FixtureCorpus, "*.md", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(FixtureCorpus, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var index = Path.Combine(_root, "index");
        var loader = new CorpusLoader(TestTaxonomy.Instance, new DateOnly(2026, 11, 28));
        var served = IndexStore.WriteVersion(index, loader.Load(folder).Corpus);
        // Checked without keeping the bodies, as a build does; then a contributor saves a file before it is indexed.
        var checkedOnly = loader.Load(folder, keepBodies: false).Corpus;
        File.AppendAllText(Path.Combine(folder, "pt", "pt-dissuasion-commissions.fr.md"), "\nUn paragraphe de plus.\n");

        var e = Assert.Throws<CorpusChangedException>(() => IndexStore.WriteVersion(index, checkedOnly));

        Assert.Equal("pt/pt-dissuasion-commissions.fr.md", e.RelativePath);
        Assert.Equal(served, IndexStore.CurrentVersion(index));
        Assert.Equal([served], Directory.GetDirectories(Path.Combine(index, "versions")).Select(Path.GetFileName));
        using var searcher = IndexStore.Open(index);
        Assert.Equal(2, searcher.PracticeCount);
        Assert.Equal(["pt-dissuasion-commissions"], searcher.Search("comissoes dissuasao").Ids());
    }
}
