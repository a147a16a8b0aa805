using GoodPractices.Search.Contracts;
using GoodPractices.Search.Querying.Suggestions;
using GoodPractices.Search.Tests.Support;

namespace GoodPractices.Search.Tests.Querying.Suggestions;

/// <summary>
/// A reader who types "incarceration" also wants the practices that say imprisonment or custody; when few practices
/// match as typed, the words of the search are also looked for as words that mean the same, and the reader is told.
/// </summary>
public class SynonymsTests
{
    private static IPracticeSearcher Index() => TestIndex.Of(
        Practices.Make("typed", title: "Alternatives to incarceration", body: "Courts order treatment as an alternative to incarceration. " + Practices.Filler),
        Practices.Make("imprisonment", title: "Suspended sentences", body: "Treatment replaces imprisonment for people who use drugs. " + Practices.Filler),
        Practices.Make("custody", title: "Release planning", body: "Planning starts weeks before people leave custody. " + Practices.Filler),
        Practices.Make("housing", title: "Housing first", body: "Housing for people leaving hospital. " + Practices.Filler),
        Practices.Make("substitution", title: "Opioid substitution in prison", body: "People continue opioid substitution behind bars. " + Practices.Filler));

    [Fact]
    public void FewPracticesAsTypedAreJoinedByThoseThatSayTheSameInOtherWords()
    {
        using var index = Index();

        var results = index.Search("incarceration");

        Assert.Equal("typed", results.Ids()[0]);
        Assert.Equal(["custody", "imprisonment", "substitution", "typed"], results.Ids().Order());
        var notice = Assert.Single(results.Notices, n => n.Kind == SearchNoticeKind.IncludingSynonyms);
        Assert.Contains("incarceration: imprisonment, prison, jail, custody, detention", notice.Detail, StringComparison.Ordinal);
        Assert.Contains("Put a word in quotes", notice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheOtherWordsAreMarkedInThePassages()
    {
        using var index = Index();

        var hit = Assert.Single(index.Search("incarceration").Hits, h => h.Id == "imprisonment");

        Assert.Contains("<mark>imprisonment</mark>", hit.SnippetHtml(), StringComparison.Ordinal);
    }

    [Fact]
    public void WhenPracticesWithMostOfTheWordsFollowTheReaderIsStillToldOfTheOtherWords()
    {
        using var index = Index();

        var results = index.Search("treatment incarceration");

        // Two practices have both words, one of them as "imprisonment"; those with one of them follow.
        Assert.Contains(results.Notices, n => n.Kind == SearchNoticeKind.MostWords);
        Assert.Contains(results.Notices, n => n.Kind == SearchNoticeKind.IncludingSynonyms);
    }

    [Fact]
    public void AWordInQuotesIsSearchedAlone()
    {
        using var index = Index();

        var results = index.Search("\"incarceration\"");

        Assert.Equal(["typed"], results.Ids());
        Assert.DoesNotContain(results.Notices, n => n.Kind == SearchNoticeKind.IncludingSynonyms);
    }

    [Fact]
    public void EveryWordStillCounts()
    {
        using var index = Index();

        Assert.Equal(["imprisonment", "typed"], index.Search("treatment incarceration").Ids().Take(2).Order());
    }

    [Fact]
    public void AnExcludedWordIsNotWidened()
    {
        using var index = Index();

        // "prison" is widened to custody and imprisonment; "-incarceration" leaves out the one practice that says it.
        var results = index.Search("prison -incarceration");

        Assert.Equal(["custody", "imprisonment", "substitution"], results.Ids().Order());
    }

    [Fact]
    public void AnAbbreviationFindsThePhraseItStandsFor()
    {
        using var index = Index();

        var results = index.Search("ost");

        Assert.Equal(["substitution"], results.Ids());
        Assert.Contains(results.Notices, n => n.Kind == SearchNoticeKind.IncludingSynonyms && n.Detail!.Contains("opioid substitution", StringComparison.Ordinal));
    }

    [Fact]
    public void ASearchThatFindsEnoughAsTypedIsLeftAsTyped()
    {
        var practices = Enumerable.Range(0, 5)
            .Select(i => Practices.Make($"typed{i}", title: $"Incarceration study {i}"))
            .Append(Practices.Make("other", title: "Imprisonment study"))
            .ToArray();
        using var index = TestIndex.Of(practices);

        var results = index.Search("incarceration");

        Assert.Equal(5, results.TotalHits);
        Assert.DoesNotContain("other", results.Ids());
        Assert.DoesNotContain(results.Notices, n => n.Kind == SearchNoticeKind.IncludingSynonyms);
    }

    [Fact]
    public void NothingIsSaidWhenTheOtherWordsFindNothingMore()
    {
        using var index = Index();

        var results = index.Search("housing");

        Assert.Equal(["housing"], results.Ids());
        Assert.DoesNotContain(results.Notices, n => n.Kind == SearchNoticeKind.IncludingSynonyms);
    }

    [Theory]
    [InlineData("Prisoners", "inmate")]
    [InlineData("détenu", "prisonnier")]
    [InlineData("prison", "emprisonnement")]
    [InlineData("prison", "jail")]
    [InlineData("věznice", "vezeni")]
    [InlineData("ženy", "zena")]
    [InlineData("recidivism", "reoffending")]
    [InlineData("mandatory", "compulsory")]
    public void AWordIsLookedUpWithoutCapitalsAccentsOrPluralAndAcrossItsGroups(string word, string expected)
    {
        Assert.Contains(expected, Synonyms.Default.Of(word));
    }

    [Fact]
    public void GroupsAreReadOneALineWithComments()
    {
        var synonyms = Synonyms.Parse("# a comment, not, a group\nJail, Gaol  # old spelling\n\nlone\nre-entry, reintegration\n");

        Assert.Equal(["gaol"], synonyms.Of("jail"));
        Assert.Equal(["jail"], synonyms.Of("Gaol"));
        Assert.Empty(synonyms.Of("comment"));
        Assert.Empty(synonyms.Of("lone"));
        Assert.Equal(["re-entry"], synonyms.Of("reintegration"));
    }
}
