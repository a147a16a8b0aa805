using GoodPractices.Search.Contracts;
using GoodPractices.Search.Tests.Querying.Facets;
using GoodPractices.Search.Tests.Support;

namespace GoodPractices.Search.Tests.Querying.Reading;

public class QuerySyntaxTests
{
    private static IPracticeSearcher Index() => TestIndex.Of(
        Practices.Make("exchange", title: "Needle exchange in prison", body: "A needle exchange for people in prison. " + Practices.Filler, countries: ["PT"]),
        Practices.Make("scattered", title: "Needles and currency", body: "Clean needle kits. Later, a currency exchange office. " + Practices.Filler, countries: ["IT"]),
        Practices.Make("women", title: "Prison programme for women", body: "Support for women in prison. " + Practices.Filler, countries: ["IT"], groups: ["women"]),
        Practices.Make("housing", title: "Housing first", body: "Housing for people leaving hospital. " + Practices.Filler, countries: ["FR"]));

    [Fact]
    public void PracticesWithEveryWordComeBeforePracticesWithMostOfThem()
    {
        using var index = Index();

        var results = index.Search("prison women");

        Assert.Equal("women", results.Ids()[0]);
        Assert.Contains(results.Notices, n => n.Kind == SearchNoticeKind.MostWords);
        Assert.All(results.Hits.Skip(1), hit => Assert.Equal(["women"], hit.MissingWords));
    }

    [Fact]
    public void AnExplicitAndRequiresEveryWord()
    {
        using var index = Index();

        Assert.Equal(["women"], index.Search("prison AND women").Ids());
        Assert.Equal(["women"], index.Search("prison +women").Ids());
    }

    [Fact]
    public void AQuotedPhraseMatchesOnlyWordsThatStandTogether()
    {
        using var index = Index();

        Assert.Equal(["exchange"], index.Search("\"needle exchange\"").Ids());
    }

    [Fact]
    public void AQuotedPhraseIsMatchedWordForWordInBodiesAccentsAside()
    {
        using var index = TestIndex.Of(
            Practices.Make("pt", language: "pt", title: "Saúde", summary: "Um programa.",
                body: "Os tribunais aplicam a prisão preventiva com cuidado. " + Practices.Filler),
            Practices.Make("en", title: "Courts", summary: "A programme.",
                body: "The judges referred people to drug courts every week. " + Practices.Filler));

        Assert.Equal(["pt"], index.Search("\"prisao preventiva\"").Ids());
        Assert.Equal(["en"], index.Search("\"drug courts\"").Ids());
        // Unquoted, the words are stemmed; quoted, they are the words the text has.
        Assert.Equal(["en"], index.Search("drug court").Ids());
        Assert.Empty(index.Search("\"drug court\"").Ids());
    }

    [Fact]
    public void AWordThatReadsAsSeveralIsFoundWhereItsPartsStandTogether()
    {
        // Bodies in their language's fields keep no word positions; a hyphenated word is matched in order in the
        // folded bodies, where they are kept, and never fails the search.
        using var index = TestIndex.Of(
            Practices.Make("together", title: "Wing", summary: "A unit.", body: "A drug-free wing where residents support each other. " + Practices.Filler),
            Practices.Make("apart", title: "Testing", summary: "A unit.", body: "Testing for each drug is free of charge, on a voluntary basis. " + Practices.Filler));

        Assert.Equal(["together"], index.Search("drug-free").Ids());
        Assert.Equal(["together"], index.Search("drug-free wing").Ids());
        Assert.Equal(["apart", "together"], index.Search("drug free").Ids().Order());
    }

    [Fact]
    public void AnExcludedWordRemovesItsPractices()
    {
        using var index = Index();

        Assert.Equal(["exchange"], index.Search("prison -women").Ids());
        Assert.Equal(["exchange"], index.Search("prison NOT women").Ids());
    }

    [Fact]
    public void OrBetweenWordsFindsEither()
    {
        using var index = Index();

        Assert.Equal(["housing", "women"], index.Search("housing OR women").Ids().Order());
    }

    [Fact]
    public void ParenthesesGroupAlternatives()
    {
        using var index = Index();

        Assert.Equal(["women"], index.Search("prison (women OR housing)").Ids());
    }

    [Fact]
    public void AFacetPrefixFiltersLikeASelection()
    {
        using var index = Index();

        var results = index.Search("prison country:it");

        Assert.Equal(["women"], results.Ids());
        Assert.Contains(results.Facets.Single(f => f.Dimension == "country").Values, v => v is { Value: "IT", Selected: true });
    }

    [Fact]
    public void ATrailingAsteriskCompletesAWord()
    {
        using var index = Index();

        Assert.Equal(["housing"], index.Search("hous*").Ids());
    }

    [Fact]
    public void TheInterpretationShowsHowTheQueryWasRead()
    {
        using var index = Index();

        var results = index.Search("prison \"needle exchange\" -women");

        Assert.Equal("prison AND \"needle exchange\" NOT women", results.Query.Understood);
        Assert.False(results.Query.ReadAsPlainWords);
    }

    [Fact]
    public void StopWordsDoNotRequireAWordThatIsNeverIndexed()
    {
        using var index = Index();

        Assert.Equal("housing", index.Search("housing for the people").Ids()[0]);
    }

    [Fact]
    public void AStopWordOfAnotherLanguageStillRanksPracticesThatHaveIt()
    {
        using var index = TestIndex.Of(
            Practices.Make("women", title: "Prison programme for women", body: "Support for women in prison. " + Practices.Filler),
            Practices.Make("men", title: "Prison programme for men", body: "Support for men in prison. " + Practices.Filler));

        // "men" is a Dutch stop word: it cannot be required, but it must still count.
        Assert.Equal(["men", "women"], index.Search("men prison").Ids());
    }

    [Fact]
    public void AnUnknownDimensionIsIgnoredWithANotice()
    {
        using var index = Index();

        var results = index.Search(new SearchRequest { Filters = FacetCountTests.Filters(("colour", "blue")) });

        Assert.Equal(4, results.TotalHits);
        Assert.Contains(results.Notices, n => n.Kind == SearchNoticeKind.UnknownDimension);
    }

    [Fact]
    public void AnUnknownValueFiltersToNothingWithANotice()
    {
        using var index = Index();

        var results = index.Search(new SearchRequest { Filters = FacetCountTests.Filters(("country", "XX")) });

        Assert.Equal(0, results.TotalHits);
        Assert.Contains(results.Notices, n => n.Kind == SearchNoticeKind.UnknownFacetValue);
        Assert.Contains(results.Facets.Single(f => f.Dimension == "country").Values, v => v is { Value: "XX", Count: 0, Selected: true });
    }

    [Fact]
    public void ATitlePrefixLooksOnlyInTitles()
    {
        using var index = Index();

        Assert.Equal(["women"], index.Search("title:prison -title:needle").Ids());
        Assert.Equal(["exchange"], index.Search("title:\"needle exchange\"").Ids());
    }

    [Fact]
    public void AnOrganisationPrefixLooksOnlyInOrganisationNames()
    {
        using var index = Index();

        var results = index.Search("org:agency org:housing");

        Assert.Equal(["housing"], results.Ids());
        Assert.Equal("org:agency AND org:housing", results.Query.Understood);
    }

    [Fact]
    public void AnUnknownFieldPrefixIsReadAsWords()
    {
        using var index = Index();

        var results = index.Search("housing:first");

        Assert.Equal(["housing"], results.Ids());
        Assert.False(results.Query.ReadAsPlainWords);
    }
}
