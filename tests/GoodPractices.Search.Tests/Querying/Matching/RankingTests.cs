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
        using var index = TestIndex.Of(
            Practices.Make("old", lastReviewed: new DateOnly(2024, 1, 1)),
            Practices.Make("new", lastReviewed: new DateOnly(2026, 6, 1)),
            Practices.Make("middle", lastReviewed: new DateOnly(2025, 1, 1)));

        Assert.Equal(["new", "middle", "old"], TestIndex.Search(index, null).Ids());
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
