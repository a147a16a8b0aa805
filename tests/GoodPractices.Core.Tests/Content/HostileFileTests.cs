using GoodPractices.Core.Content;
using GoodPractices.Core.Corpus;

namespace GoodPractices.Core.Tests.Content;

/// <summary>
/// Files written to hurt the reader: each is reported on one line, in plain words, at its line and column, and every
/// other file of the corpus still loads.
/// </summary>
public sealed class HostileFileTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "gp-hostile-" + Guid.NewGuid().ToString("N"));
    private readonly string _corpus;
    private readonly string _outside;

    public HostileFileTests()
    {
        _corpus = Path.Combine(_root, "practices");
        _outside = Path.Combine(_root, "elsewhere");
        Directory.CreateDirectory(Path.Combine(_corpus, "it"));
        Directory.CreateDirectory(_outside);
        File.Copy(Path.Combine(Fixture.ValidationCases, "valid-entry-and-translation", "it", "it-sample-practice.md"),
            Path.Combine(_corpus, "it", "it-sample-practice.md"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void FiftyThousandNestedBracketsAreRefusedAtTheLevelTooDeepWithoutOverflowingTheStack()
    {
        File.WriteAllText(Path.Combine(_corpus, "it", "deep.md"), "---\ncountries: " + new string('[', 50_000) + "\n---\nText.\n");

        var result = Load();

        Assert.Equal(
            ["it/deep.md:2:31: error GP002: Lists and groups of fields are nested more than 20 levels deep here; a practice never needs more than four."],
            Lines(result));
        Assert.Equal(["it-sample-practice"], result.Corpus.Practices.Select(p => p.Id));
    }

    [Fact]
    public void AFileOverTheSizeLimitIsRefusedUnread()
    {
        using (var huge = File.Create(Path.Combine(_corpus, "it", "huge.md")))
        {
            huge.SetLength(51L * 1024 * 1024);
        }

        var result = Load();

        Assert.Equal(
            ["it/huge.md:1:1: error GP030: The file is 52,224 KB; a practice file may be at most 1,024 KB. Shorten the text, or link to longer documents under 'sources'."],
            Lines(result));
        Assert.Single(result.Corpus.Practices);
    }

    [Fact]
    public void TheSizeLimitCanBeSetAndAFileJustUnderItIsRead()
    {
        var sample = Path.Combine(_corpus, "it", "it-sample-practice.md");
        var length = new FileInfo(sample).Length;

        var atLimit = new CorpusLoader(Fixture.Taxonomy, Fixture.Today) { MaxFileBytes = length }.Load(_corpus);
        var underLimit = new CorpusLoader(Fixture.Taxonomy, Fixture.Today) { MaxFileBytes = length - 1 }.Load(_corpus);

        Assert.Empty(atLimit.Diagnostics);
        Assert.Equal("GP030", Assert.Single(underLimit.Diagnostics).Code);
        Assert.Empty(underLimit.Corpus.Practices);
    }

    [Fact]
    public void LinksThatLeadOutsideTheCorpusAreRefusedByName()
    {
        var secret = Path.Combine(_outside, "it-secret.md");
        File.Copy(Path.Combine(_corpus, "it", "it-sample-practice.md"), secret);
        File.WriteAllText(secret, File.ReadAllText(secret).Replace("id: it-sample-practice", "id: it-secret", StringComparison.Ordinal));
        File.CreateSymbolicLink(Path.Combine(_corpus, "it", "it-secret.md"), secret);
        File.Copy(secret, Path.Combine(_outside, "it-other.md"));
        Directory.CreateSymbolicLink(Path.Combine(_corpus, "elsewhere"), _outside);

        var result = Load();

        Assert.Equal(
            [
                "elsewhere:1:1: error GP031: 'elsewhere' is a link to a place outside the practices folder, so it is not read. Put the file itself in the folder instead.",
                "it/it-secret.md:1:1: error GP031: 'it/it-secret.md' is a link to a place outside the practices folder, so it is not read. Put the file itself in the folder instead.",
            ],
            Lines(result));
        Assert.Equal(["it-sample-practice"], result.Corpus.Practices.Select(p => p.Id));
    }

    [Fact]
    public void LinksInsideTheCorpusAreFollowedOnceAndALoopEndsTheWalk()
    {
        Directory.CreateSymbolicLink(Path.Combine(_corpus, "it", "loop"), _corpus);
        File.CreateSymbolicLink(Path.Combine(_corpus, "it-sample-practice.md"), Path.Combine(_corpus, "it", "it-sample-practice.md"));

        var result = Load();

        // The linked file is a second copy of the same id: read, and reported as such, never walked round the loop.
        Assert.Equal("GP007", Assert.Single(result.Diagnostics).Code);
    }

    [Theory]
    [InlineData("yaml-unclosed-list",
        "it/it-sample-practice.md:6:12: error GP002: This list opened with '[' is never closed: end it with ']' on the same line, and separate its values with commas.")]
    [InlineData("yaml-unclosed-map",
        "it/it-sample-practice.md:18:11: error GP002: This group of fields opened with '{' is never closed: end it with '}', or write one 'name: value' per line instead.")]
    [InlineData("yaml-syntax-error",
        "it/it-sample-practice.md:3:8: error GP002: The text in quotes that starts here is never closed: add the closing quote at the end of the text.")]
    [InlineData("yaml-tab-indentation",
        "it/it-sample-practice.md:19:1: error GP002: A tab is used for indentation here; front matter is indented with spaces only. Replace the tab with spaces.")]
    [InlineData("yaml-duplicate-key",
        "it/it-sample-practice.md:14:1: error GP002: 'start_year' is written twice in the same place (first on line 12); keep one of them.")]
    [InlineData("yaml-too-deep",
        "it/it-sample-practice.md:17:35: error GP002: Lists and groups of fields are nested more than 20 levels deep here; a practice never needs more than four.")]
    public void DamagedFrontMatterIsReportedInPlainWordsWhereTheProblemIs(string fixture, string expected)
    {
        var result = Fixture.LoadCase(fixture);

        Assert.Equal(expected, Assert.Single(Lines(result)));
    }

    [Theory]
    [InlineData("countries: [IT\n")]
    [InlineData("evidence: {level: x\n")]
    [InlineData("title: 'unclosed\n")]
    [InlineData("a:\n\tb: c\n")]
    [InlineData("a: *nowhere\n")]
    [InlineData("a: [b, {c: d]\n")]
    [InlineData("a: b\n  c: d\n")]
    public void NoMessageCarriesTheYamlLibrarysOwnWords(string yaml)
    {
        var reader = new PracticeFileReader(Fixture.Taxonomy, Fixture.Today);

        var diagnostic = Assert.Single(reader.Read("---\n" + yaml + "---\n\nText.\n", "it/x.md").Diagnostics);

        foreach (var language in new[] { "en", "fr", "it", "pt", "cs" })
        {
            var message = diagnostic.MessageIn(language);
            Assert.DoesNotContain("While ", message, StringComparison.Ordinal);
            Assert.DoesNotContain("Operation is not valid", message, StringComparison.Ordinal);
            Assert.DoesNotContain("(Line:", message, StringComparison.Ordinal);
            Assert.DoesNotContain("{", message.Replace("'{'", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    private CorpusLoadResult Load() => new CorpusLoader(Fixture.Taxonomy, Fixture.Today).Load(_corpus);

    private static List<string> Lines(CorpusLoadResult result) => result.Diagnostics.Select(d => d.ToString()).ToList();
}
