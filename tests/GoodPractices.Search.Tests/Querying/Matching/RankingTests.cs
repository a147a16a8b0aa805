using GoodPractices.Search.Tests.Support;

namespace GoodPractices.Search.Tests.Querying.Matching;

public class RankingTests
{
    [Fact]
    public void WordsStandingTogetherRankAboveTheSameWordsScattered()
    {
        using var index = TestIndex.Of(
            Practices.Make("scattered", body: "A needle was found in the yard. " + Practices.Filler + " Later a currency exchange office opened nearby."),
            Practices.Make("together", body: "The needle exchange runs every week in the yard. " + Practices.Filler + " It opened nearby."));

        Assert.Equal(["together", "scattered"], TestIndex.Search(index, "needle exchange").Ids());
    }

    [Fact]
    public void InALargeCorpusWordsStandingTogetherStillLiftAPracticeAboveBetterScatteredMatches()
    {
        // Checking word positions is left for the best matches (see SearchRun.WithWordsTogether). 150 practices say
        // both words twice, scattered; 149 once, scattered, in longer texts; one once, together, which ranks it among
        // the best matches, but below those that say the words twice, without the bonus.
        using var index = TestIndex.Of([
            .. Enumerable.Range(1, 150).Select(i => Practices.Make($"twice{i:D3}",
                body: "A needle was found in the yard. A needle again. " + Practices.Filler + " A currency exchange opened nearby, then a second exchange.")),
            .. Enumerable.Range(1, 149).Select(i => Practices.Make($"once{i:D3}",
                body: "A needle was found in the yard. " + Practices.Filler + Practices.Filler + " Later a currency exchange office opened nearby.")),
            Practices.Make("together", body: "The needle exchange runs every week in the yard. " + Practices.Filler + " It opened nearby."),
        ]);

        var results = TestIndex.Search(index, "needle exchange");

        Assert.Equal(300, results.TotalHits);
        Assert.Equal("together", results.Ids().First());
    }

    [Fact]
    public void ATitleMatchRanksAboveABodyMatch()
    {
        using var index = TestIndex.Of(
            Practices.Make("body", title: "Community health project", body: "Peers hand out naloxone kits. " + Practices.Filler),
            Practices.Make("title", title: "Naloxone on release", body: Practices.Filler));

        Assert.Equal(["title", "body"], TestIndex.Search(index, "naloxone").Ids());
    }

    [Fact]
    public void ASummaryMatchRanksAboveABodyMatch()
    {
        using var index = TestIndex.Of(
            Practices.Make("body", summary: "Support for people on release.", body: "Peers hand out naloxone kits. " + Practices.Filler),
            Practices.Make("summary", summary: "Peers hand out naloxone kits on release.", body: Practices.Filler));

        Assert.Equal(["summary", "body"], TestIndex.Search(index, "naloxone").Ids());
    }

    [Fact]
    public void EqualScoresGoToTheMostRecentlyReviewedFirst()
    {
        // The same words in the same fields score exactly alike; the order they were added in differs from the dates.
        const string title = "Naloxone on release", body = "Peers hand out naloxone kits. " + Practices.Filler;
        using var index = TestIndex.Of(
            Practices.Make("old", title: title, body: body, lastReviewed: new DateOnly(2024, 1, 1)),
            Practices.Make("new", title: title, body: body, lastReviewed: new DateOnly(2026, 6, 1)),
            Practices.Make("middle", title: title, body: body, lastReviewed: new DateOnly(2025, 1, 1)));

        var results = TestIndex.Search(index, "naloxone");

        Assert.Single(results.Hits.Select(h => h.Score).Distinct());
        Assert.True(results.Hits[0].Score > 0);
        Assert.Equal(["new", "middle", "old"], results.Ids());
    }

    [Fact]
    public void APracticeAppearsOnceEvenWhenItMatchesInSeveralLanguages()
    {
        using var index = TestIndex.Of(Practices.Make("pt", title: "Prison health", translations:
        [
            Practices.Translation("pt", "fr", "Prison et santé", "Résumé.", "La prison. " + Practices.Filler),
            Practices.Translation("pt", "it", "Prison e salute", "Sintesi.", "Prison. " + Practices.Filler),
        ]));

        Assert.Equal(["pt"], TestIndex.Search(index, "prison").Ids());
    }
}
