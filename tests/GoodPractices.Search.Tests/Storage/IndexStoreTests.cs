using System.Text.Json;
using GoodPractices.Core.Corpus;
using GoodPractices.Search.Contracts;
using GoodPractices.Search.Storage;
using GoodPractices.Search.Tests.Support;

namespace GoodPractices.Search.Tests.Storage;

public sealed class IndexStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "gp-index-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private static PracticeCorpus Corpus(params string[] ids) =>
        new(TestTaxonomy.Instance, ids.Select(id => Practices.Make(id, title: "Practice " + id)).ToList());

    [Fact]
    public void AWrittenVersionIsCurrentAndCanBeSearched()
    {
        var version = IndexStore.WriteVersion(_root, Corpus("a", "b"));

        Assert.Equal(version, IndexStore.CurrentVersion(_root));
        using var searcher = IndexStore.Open(_root);
        Assert.Equal(version, searcher.Version);
        Assert.Equal(2, searcher.PracticeCount);
        Assert.Equal(2, searcher.Search(new SearchRequest()).TotalHits);
        Assert.Matches(@"^\d{8}T\d{6}Z-[0-9a-f]{4}$", version);
    }

    [Fact]
    public void AVersionOverTheMergeLimitKeepsItsSegmentsAndFindsEveryPracticeOnce()
    {
        var corpus = new PracticeCorpus(TestTaxonomy.Instance, RandomCorpus.Generate(400, seed: 11));

        IndexStore.WriteVersion(_root, corpus, mergeUpTo: 100);

        // About one segment per indexing thread, left unmerged.
        var lucene = Path.Combine(_root, "versions", IndexStore.CurrentVersion(_root)!, "lucene");
        Assert.InRange(Directory.GetFiles(lucene, "*.si").Length, Math.Min(2, Environment.ProcessorCount), 2 * Environment.ProcessorCount);
        using var searcher = IndexStore.Open(_root);
        Assert.Equal(400, searcher.PracticeCount);
        Assert.Equal(400, searcher.Search(new SearchRequest()).TotalHits);
        Assert.All(corpus.Practices, p => Assert.Equal(p.Title, searcher.Find(p.Id)?.Title));
    }

    [Fact]
    public void AnOpenedVersionCompletesTheSearchBoxAndMayBeClosedWhileItsCompletionsAreBuilt()
    {
        IndexStore.WriteVersion(_root, Corpus("a", "b"));

        // Opening starts building the completions in the background; closing at once must not fail anything.
        for (var i = 0; i < 20; i++) IndexStore.Open(_root).Dispose();
        using var searcher = IndexStore.Open(_root);

        Assert.Equal(["Practice a"], searcher.Suggest("practice a"));
    }

    [Fact]
    public void TheManifestSwitchesToTheNewestVersionAndTheOldOneCanStillBeOpened()
    {
        var first = IndexStore.WriteVersion(_root, Corpus("a"));
        var second = IndexStore.WriteVersion(_root, Corpus("a", "b", "c"));

        Assert.Equal(second, IndexStore.CurrentVersion(_root));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(_root, "manifest.json")));
        Assert.Equal(second, manifest.RootElement.GetProperty("current").GetString());
        Assert.Equal(3, manifest.RootElement.GetProperty("practices").GetInt32());
        Assert.True(manifest.RootElement.TryGetProperty("created", out _));
        using var old = IndexStore.OpenVersion(_root, first);
        Assert.Equal(1, old.PracticeCount);
        Assert.False(File.Exists(Path.Combine(_root, "manifest.json.tmp")));
    }

    [Fact]
    public void VersionsOlderThanThePreviousOneAreRemoved()
    {
        var first = IndexStore.WriteVersion(_root, Corpus("a"));
        var second = IndexStore.WriteVersion(_root, Corpus("b"));
        var third = IndexStore.WriteVersion(_root, Corpus("c"));

        var kept = Directory.GetDirectories(Path.Combine(_root, "versions")).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(new[] { second, third }.Order(), kept);
        Assert.DoesNotContain(first, kept);
    }

    [Fact]
    public void WhatAKilledBuildLeftIsRemovedByTheNextAndTheServedVersionStays()
    {
        var served = IndexStore.WriteVersion(_root, Corpus("a"));
        var halfWritten = Directory.CreateDirectory(Path.Combine(_root, "versions", ".tmp-20261128T000000Z-dead"));
        var neverNamed = Directory.CreateDirectory(Path.Combine(_root, "versions", "20261128T000001Z-dead"));

        var next = IndexStore.WriteVersion(_root, Corpus("b"));

        Assert.Equal(new[] { served, next }.Order(), Directory.GetDirectories(Path.Combine(_root, "versions")).Select(Path.GetFileName).Order());
        Assert.False(Directory.Exists(halfWritten.FullName));
        Assert.False(Directory.Exists(neverNamed.FullName));
    }

    [Fact]
    public void ASecondBuildWaitsForTheFirstRatherThanRemoveWhatItIsWriting()
    {
        IndexStore.WriteVersion(_root, Corpus("a"));
        var versions = Path.Combine(_root, "versions");
        string? second = null;
        Thread builder;
        using (new FileStream(Path.Combine(versions, ".build.lock"), FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            var busy = Directory.CreateDirectory(Path.Combine(versions, ".tmp-20261128T000000Z-busy"));
            builder = new Thread(() => second = IndexStore.WriteVersion(_root, Corpus("b")));
            builder.Start();
            Thread.Sleep(500);
            Assert.True(Directory.Exists(busy.FullName));
            Assert.Null(second);
        }
        builder.Join();

        Assert.Equal(second, IndexStore.CurrentVersion(_root));
    }

    [Fact]
    public void AVersionCarriesItsTaxonomyWrittenFromMemory()
    {
        IndexStore.WriteVersion(_root, Corpus("a"));

        using var searcher = IndexStore.Open(_root);
        Assert.Equal(TestTaxonomy.Instance.Countries.Keys.Order(), searcher.Taxonomy.Countries.Keys.Order());
        Assert.Equal(
            TestTaxonomy.Instance["target_groups"].Terms.Select(t => t.Slug),
            searcher.Taxonomy["target_groups"].Terms.Select(t => t.Slug));
        Assert.Equal("Norway", searcher.Taxonomy.Countries["NO"].Name["en"]);
        Assert.Equal("039", searcher.Taxonomy.Regions["southern-europe"].M49);
        Assert.Equal(TestTaxonomy.Instance.Languages.Keys.Order(), searcher.Taxonomy.Languages.Keys.Order());
        Assert.Equal(TestTaxonomy.Instance.InterfaceLanguages, searcher.Taxonomy.InterfaceLanguages);
    }

    [Fact]
    public void AVersionCanCopyTheTaxonomyFileAsIs()
    {
        var version = IndexStore.WriteVersion(_root, Corpus("a"), taxonomyYamlPath: TestTaxonomy.Path);

        var copied = File.ReadAllText(Path.Combine(_root, "versions", version, "taxonomy.yml"));
        Assert.Equal(File.ReadAllText(TestTaxonomy.Path), copied);
    }

    [Fact]
    public void AVersionServesWholePracticesWithoutTheMarkdownFiles()
    {
        var practice = Practices.Make("pt-x", title: "Original", translations: [Practices.Translation("pt-x", "fr", "Titre", "Résumé.", "Corps du texte.")]);
        IndexStore.WriteVersion(_root, new PracticeCorpus(TestTaxonomy.Instance, [practice]));

        using var searcher = IndexStore.Open(_root);
        var found = searcher.Find("pt-x");
        Assert.NotNull(found);
        Assert.Equal("Original", found.Title);
        Assert.Equal("Titre", Assert.Single(found.Translations).Title);
        Assert.Equal(["en", "fr"], found.AvailableLanguages);
    }

    [Fact]
    public void NoCurrentVersionBeforeAnyIsWritten() => Assert.Null(IndexStore.CurrentVersion(_root));
}
