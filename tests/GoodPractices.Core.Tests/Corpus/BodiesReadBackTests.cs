using GoodPractices.Core.Content;
using GoodPractices.Core.Corpus;
using GoodPractices.Core.Taxonomy;
using GoodPractices.Core.Tests.Validation;

namespace GoodPractices.Core.Tests.Corpus;

/// <summary>
/// A build checks every file first and reads each body again only as it indexes it, so that a large corpus is
/// never in memory at once. Read that way, a corpus must give the same diagnostics and the same text as read whole,
/// and a file changed in between must stop the build rather than let unchecked text in.
/// </summary>
public sealed class BodiesReadBackTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "gp-bodies-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private static CorpusLoadResult Load(string folder, PracticeTaxonomy taxonomy, bool keepBodies) =>
        new CorpusLoader(taxonomy, Fixture.Today).Load(folder, keepBodies: keepBodies);

    public static TheoryData<string> Cases() => ValidationFixtureTests.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public void EveryProblemIsReportedTheSameWithoutKeepingTheBodies(string caseName)
    {
        var folder = Path.Combine(Fixture.ValidationCases, caseName);

        var whole = Load(folder, Fixture.Taxonomy, keepBodies: true);
        var checkedOnly = Load(folder, Fixture.Taxonomy, keepBodies: false);

        Assert.Equal(whole.Diagnostics.Select(d => d.ToString()), checkedOnly.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(whole.Corpus.Practices.Select(p => p.Id), checkedOnly.Corpus.Practices.Select(p => p.Id));
    }

    [Fact]
    public void TheRealCorpusReadBackGivesEveryBodyAndTranslationAsReadWhole()
    {
        var taxonomy = TaxonomyLoader.LoadFromCorpus(Repository.Practices);
        var whole = Load(Repository.Practices, taxonomy, keepBodies: true).Corpus;
        var checkedOnly = Load(Repository.Practices, taxonomy, keepBodies: false).Corpus;

        Assert.NotEmpty(checkedOnly.Practices);
        Assert.All(checkedOnly.Practices, p => Assert.Empty(p.Body));
        Assert.Contains(whole.Practices, p => p.Translations.Count > 0);
        Assert.All(checkedOnly.Practices, p =>
        {
            var original = whole.Find(p.Id)!;
            var read = checkedOnly.WithBody(p);
            Assert.Equal(original.Body, read.Body);
            Assert.Equal(original.Translations.Select(t => (t.Language, t.Body)), read.Translations.Select(t => (t.Language, t.Body)));
            Assert.Equal(original.Title, read.Title);
        });
    }

    [Fact]
    public void ACorpusReadWholeHasNothingToReadBack()
    {
        var whole = Load(Repository.Practices, TaxonomyLoader.LoadFromCorpus(Repository.Practices), keepBodies: true).Corpus;

        Assert.Null(whole.Bodies);
        Assert.Same(whole.Practices[0], whole.WithBody(whole.Practices[0]));
    }

    [Theory]
    [InlineData("it/it-sample-practice.md", "body")]
    [InlineData("it/it-sample-practice.md", "front matter")]
    [InlineData("it/it-sample-practice.md", "removed")]
    [InlineData("it/it-sample-practice.fr.md", "body")]
    public void AFileChangedAfterItWasCheckedStopsTheReadAndIsNamed(string path, string change)
    {
        CopyCase("valid-entry-and-translation");
        var corpus = Load(_folder, Fixture.Taxonomy, keepBodies: false).Corpus;
        var practice = Assert.Single(corpus.Practices);
        var full = Path.Combine(_folder, path);
        var text = File.ReadAllText(full);
        switch (change)
        {
            case "body": File.WriteAllText(full, text + "\n<script>alert(1)</script>\n"); break;
            case "front matter": File.WriteAllText(full, text.Replace("title:", "title: X", StringComparison.Ordinal)); break;
            default: File.Delete(full); break;
        }

        var e = Assert.Throws<CorpusChangedException>(() => corpus.WithBody(practice));

        Assert.Equal(path, e.RelativePath);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileRewrittenWithTheSameBytesStillReadsBack()
    {
        CopyCase("valid-entry-and-translation");
        var corpus = Load(_folder, Fixture.Taxonomy, keepBodies: false).Corpus;
        var full = Path.Combine(_folder, "it", "it-sample-practice.md");
        File.WriteAllBytes(full, File.ReadAllBytes(full));

        var read = corpus.WithBody(Assert.Single(corpus.Practices));

        Assert.StartsWith("## Context", read.Body, StringComparison.Ordinal);
        Assert.NotEmpty(Assert.Single(read.Translations).Body);
    }

    private void CopyCase(string name)
    {
        var source = Path.Combine(Fixture.ValidationCases, name);
        foreach (var file in Directory.EnumerateFiles(source, "*.md", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_folder, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
