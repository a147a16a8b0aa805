using GoodPractices.Search.Contracts;
using GoodPractices.Search.Tests.Support;

namespace GoodPractices.Search.Tests.Querying.Suggestions;

public class SpellingTests
{
    private static IPracticeSearcher Index() => TestIndex.Of(
        Practices.Make("naloxone", title: "Naloxone on release", body: "Peers hand out naloxone kits to people leaving custody. " + Practices.Filler),
        Practices.Make("methadone", title: "Methadone maintenance", body: "Methadone is prescribed throughout the sentence. " + Practices.Filler),
        Practices.Make("rehabilitation", title: "Rehabilitation wing", body: "A wing for rehabilitation. " + Practices.Filler),
        Practices.Make("women", title: "Programme for women", body: "Support for women in custody. " + Practices.Filler));

    [Fact]
    public void AQueryWithATypingMistakeShowsResultsForTheCorrectedWord()
    {
        using var index = Index();

        var results = index.Search("naloxnoe");

        Assert.Equal(["naloxone"], results.Ids());
        Assert.Equal("naloxone", results.ShowingResultsFor);
        Assert.Contains(results.Notices, n => n.Kind == SearchNoticeKind.ShowingResultsFor);
    }

    [Fact]
    public void ATypingMistakeIsForgivenInEveryFieldTheWordStandsIn()
    {
        // The word's automata are built for the titles and reused for the texts and the tags (SharedAutomataFuzzyQuery).
        using var index = TestIndex.Of(
            Practices.Make("in-title", title: "Naloxone on release", body: Practices.Filler),
            Practices.Make("in-text", title: "Leaving custody", body: "Peers hand out naloxone kits. " + Practices.Filler),
            Practices.Make("in-neither", title: "Methadone maintenance", body: Practices.Filler));

        var results = index.Search("naloxnoe");

        Assert.Equal(["in-text", "in-title"], results.Ids().Order());
        Assert.Equal("naloxone", results.ShowingResultsFor);
    }

    [Fact]
    public void ACorrectedQueryThatFewPracticesAnswerWholeIsFollowedByThoseWithMostOfItsWords()
    {
        // "traitement de substitution aux opiacés en prison" was read as the Portuguese "opiácea" of one practice, and
        // answered with that practice alone, although many more were about substitution treatment in prison.
        using var index = TestIndex.Of(
            Practices.Make("methadone", title: "Methadone maintenance", body: "Methadone is prescribed in custody. " + Practices.Filler),
            Practices.Make("custody-one", title: "Leaving custody", body: "Peers meet people leaving custody. " + Practices.Filler),
            Practices.Make("custody-two", title: "Custody suites", body: "Nurses see people in police custody. " + Practices.Filler),
            Practices.Make("elsewhere", title: "Rehabilitation wing", body: Practices.Filler));

        var results = index.Search("methadnoe custody");

        Assert.Equal("methadone custody", results.ShowingResultsFor);
        Assert.Equal("methadone", results.Ids()[0]);
        Assert.Equal(["custody-one", "custody-two", "methadone"], results.Ids().Order());
        Assert.Contains(results.Notices, n => n.Kind == SearchNoticeKind.MostWords && n.Detail == "1");
        Assert.Contains(results.Notices, n => n.Kind == SearchNoticeKind.ShowingResultsFor);
        Assert.All(results.Hits.Skip(1), hit => Assert.NotEmpty(hit.MissingWords));
    }

    [Fact]
    public void LongWordsMayHoldTwoMistakes()
    {
        using var index = Index();

        var results = index.Search("rehabilitasoin");

        Assert.Equal(["rehabilitation"], results.Ids());
        Assert.Equal("rehabilitation", results.ShowingResultsFor);
    }

    [Fact]
    public void EachWordOfAQueryIsCorrected()
    {
        using var index = Index();

        var results = index.Search("methadnoe maintenence");

        Assert.Equal(["methadone"], results.Ids());
        // As the reader would type it: words side by side, not the "Understood" form with AND spelled out.
        Assert.Equal("methadone maintenance", results.ShowingResultsFor);
    }

    [Fact]
    public void ACorrectionKeepsTheWordsFirstLetter()
    {
        // "involuntary" is two letters from "voluntary", and means the opposite.
        using var index = TestIndex.Of(
            Practices.Make("voluntary", title: "Voluntary treatment wing", body: Practices.Filler),
            Practices.Make("rehabilitation", title: "Rehabilitation wing", body: Practices.Filler));

        var results = index.Search("involuntary");

        Assert.Empty(results.Hits);
        Assert.Null(results.ShowingResultsFor);
        Assert.Null(results.DidYouMean);
        Assert.Equal("rehabilitation", index.Search("rehabilitasoin").ShowingResultsFor);
    }

    [Fact]
    public void ShortWordsAreNotCorrected()
    {
        using var index = Index();

        var results = index.Search("wign");

        Assert.Empty(results.Hits);
        Assert.Null(results.ShowingResultsFor);
    }

    [Fact]
    public void AQueryThatMatchesAsTypedIsNotCorrected()
    {
        using var index = Index();

        var results = index.Search("methadone");

        Assert.Equal(["methadone"], results.Ids());
        Assert.Null(results.ShowingResultsFor);
        Assert.DoesNotContain(results.Notices, n => n.Kind == SearchNoticeKind.ShowingResultsFor);
    }

    [Fact]
    public void TheCorrectionKeepsTypedFilters()
    {
        using var index = Index();

        var results = index.Search("methadnoe country:PT");

        Assert.Equal("methadone country:PT", results.ShowingResultsFor);
    }

    [Fact]
    public void ARareSpellingSuggestsACommonOne()
    {
        var practices = Enumerable.Range(0, 6)
            .Select(i => Practices.Make($"c{i}", title: $"Treatment service {i}", body: "Treatment for people in custody. " + Practices.Filler))
            .Append(Practices.Make("rare", title: "Treatmnet hours", body: Practices.Filler))
            .ToArray();
        using var index = TestIndex.Of(practices);

        var results = index.Search("treatmnet");

        Assert.Equal(["rare"], results.Ids());
        Assert.Equal("treatment", results.DidYouMean);
    }

    [Fact]
    public void APluralIsNotOfferedItsSingularAsASpelling()
    {
        var practices = Enumerable.Range(0, 6)
            .Select(i => Practices.Make($"p{i}", title: $"Prison service {i}"))
            .Append(Practices.Make("plural", title: "Prisons of the north"))
            .ToArray();
        using var index = TestIndex.Of(practices);

        Assert.Null(index.Search("prisons").DidYouMean);
    }

    [Fact]
    public void TheSnippetMarksTheWordFoundDespiteTheMistake()
    {
        using var index = Index();

        var hit = Assert.Single(index.Search("naloxnoe").Hits);

        Assert.Contains("<mark>naloxone</mark>", hit.SnippetHtml());
    }

    [Theory]
    [InlineData("methadnoe maintenence", "methadone maintenance")]
    // Words left out are left as typed: they are not corrected, as they are not matched with mistakes.
    [InlineData("methadnoe -custdoy", "methadone -custdoy")]
    [InlineData("methadnoe -\"in custdoy\"", "methadone -\"in custdoy\"")]
    [InlineData("naloxnoe OR methadnoe", "naloxone OR methadone")]
    [InlineData("(naloxnoe OR methadnoe) custdoy", "(naloxone OR methadone) custody")]
    [InlineData("custdoy -(naloxone OR wign)", "custody -(naloxone OR wign)")]
    [InlineData("title:methadnoe", "title:methadone")]
    [InlineData("methadnoe country:PT", "methadone country:PT")]
    public void TheCorrectionReadsAsTypedAndSearchesForWhatWasShown(string typed, string corrected)
    {
        using var index = Index();

        var results = index.Search(typed);
        Assert.Equal(corrected, results.ShowingResultsFor);

        // Following the correction searches for exactly what the corrected hits were found with.
        var followed = index.Search(corrected);
        Assert.Equal(results.Ids(), followed.Ids());
        // It is understood as the typed query was, with only the corrected words changed.
        var expected = typed.Split(' ').Zip(corrected.Split(' '))
            .Where(pair => pair.First != pair.Second)
            .Aggregate(results.Query.Understood, (understood, pair) => understood.Replace(pair.First, pair.Second, StringComparison.Ordinal));
        Assert.Equal(expected, followed.Query.Understood);
        Assert.False(followed.Query.ReadAsPlainWords);
        Assert.Null(followed.ShowingResultsFor);
    }
}
