using GoodPractices.Search.Contracts;
using GoodPractices.Search.Tests.Support;

namespace GoodPractices.Search.Tests.Querying.Matching;

/// <summary>
/// A word typed with a hyphen ("after-care", "cost-effectiveness") is one idea that practices write several ways: joined,
/// hyphenated, or as two words. None of them may leave the reader with nothing.
/// </summary>
public class HyphenatedWordTests
{
    private static IPracticeSearcher Index() => TestIndex.Of(
        Practices.Make("joined", title: "Aftercare after prison", body: "Aftercare workers meet people at the gate. " + Practices.Filler),
        Practices.Make("costs", title: "Fixed fines", body: "Fines cost the courts less than a trial, and the effectiveness was studied. " + Practices.Filler),
        Practices.Make("former", title: "Peer support", body: "Former prisoners mentor people leaving prison. " + Practices.Filler),
        Practices.Make("other", title: "Needle exchange", body: "Syringes are exchanged in the clinic. " + Practices.Filler));

    [Fact]
    public void AHyphenatedWordFindsThePracticesThatWriteItAsOne()
    {
        using var index = Index();

        var results = index.Search("after-care");

        Assert.Equal("joined", results.Ids()[0]);
        Assert.DoesNotContain(results.Notices, n => n.Kind == SearchNoticeKind.ShowingResultsFor);
        Assert.Contains("<mark>Aftercare</mark> workers", results.Hits[0].SnippetHtml(), StringComparison.Ordinal);
    }

    [Fact]
    public void AHyphenatedWordNoPracticeWritesIsReadAsItsWordsAndTheReaderIsTold()
    {
        using var index = Index();

        var results = index.Search("cost-effectiveness");

        Assert.Equal("costs", results.Ids()[0]);
        Assert.Equal("cost effectiveness", results.ShowingResultsFor);
        Assert.Contains(results.Notices, n => n.Kind == SearchNoticeKind.ShowingResultsFor && n.Detail == "cost effectiveness");
    }

    [Fact]
    public void InQuotesAHyphenatedWordStaysAsTyped()
    {
        using var index = Index();

        Assert.Equal(0, index.Search("\"cost-effectiveness\"").TotalHits);
    }

    [Fact]
    public void AHyphenatedWordHasItsSynonymsLikeAnyOther()
    {
        using var index = Index();

        var results = index.Search("ex-prisoners");

        Assert.Equal("former", results.Ids()[0]);
        Assert.Contains(results.Notices, n => n.Kind == SearchNoticeKind.IncludingSynonyms);
    }
}
