using GoodPractices.Search.Tests.Support;

namespace GoodPractices.Search.Tests.Querying.Matching;

public class LabelSearchTests
{
    private static GoodPractices.Search.Contracts.IPracticeSearcher Index() => TestIndex.Of(
        Practices.Make("it", title: "Programma", countries: ["IT"], groups: ["adults"]),
        Practices.Make("pt", title: "Programa", countries: ["PT"], groups: ["women"], interventions: ["drug-treatment-court"]));

    [Theory]
    [InlineData("Italy")]
    [InlineData("italie")]
    public void ACountryNameInAnyLanguageFindsItsPractices(string query)
    {
        using var index = Index();

        Assert.Equal(["it"], index.Search(query).Ids());
    }

    [Fact]
    public void AVocabularyLabelFindsPracticesTaggedWithIt()
    {
        using var index = Index();

        Assert.Equal(["pt"], index.Search("women").Ids());
        Assert.Equal(["pt"], index.Search("\"drug treatment court\"").Ids());
    }

    [Theory]
    [InlineData("drogové soudy")]
    [InlineData("tribunaux")]
    public void ALabelTypedInAnotherFormOfItsLanguageFindsThePracticesTaggedWithIt(string query)
    {
        // The label is "Drogový soud" in Czech and "Tribunal de traitement de la toxicomanie" in French: read by each
        // language's own analyzer, the plural and the inflected adjective are the label's words.
        using var index = Index();

        var results = index.Search(query);

        Assert.Equal(["pt"], results.Ids());
        Assert.Null(results.ShowingResultsFor);
    }

    [Theory]
    [InlineData("tribunais de drogas")]
    [InlineData("tribunal de drogas")]
    public void APluralOfAWordInATagsDescriptionFindsThePracticesTaggedWithIt(string query)
    {
        // The Portuguese description says "Tribunal de drogas"; Portuguese makes the plural of -al with -ais, French
        // with -aux, and neither is an English -s.
        using var index = Index();

        var results = index.Search(query);

        Assert.Equal(["pt"], results.Ids());
        Assert.DoesNotContain(results.Notices, n => n.Kind == GoodPractices.Search.Contracts.SearchNoticeKind.MostWords);
        Assert.Null(results.ShowingResultsFor);
    }

    [Fact]
    public void WordsStandingTogetherInATagsDescriptionLiftThePracticesTaggedWithIt()
    {
        // The Portuguese description of drug treatment courts says "Tribunal de drogas"; a Portuguese practice that is
        // no drug court holds both words in its own title, summary and body, never together.
        using var index = TestIndex.Of(
            Practices.Make("pt-court", title: "Drug court", body: "Judges supervise treatment. " + Practices.Filler, interventions: ["drug-treatment-court"]),
            Practices.Make("pt-other", title: "O tribunal da comarca", summary: "Um programa local contra as drogas.", language: "pt",
                body: "O tribunal decide depressa. " + string.Concat(Enumerable.Repeat("Uma frase sem nada de especial. ", 20)) + "Muitas drogas circulam."));

        Assert.Equal(["pt-court", "pt-other"], index.Search("tribunais de drogas").Ids());
    }

    [Fact]
    public void ARegionNameFindsPracticesOfItsCountries()
    {
        using var index = Index();

        Assert.Equal(["it", "pt"], index.Search("\"southern europe\"").Ids().Order());
    }
}
