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

    [Fact]
    public void ARegionNameFindsPracticesOfItsCountries()
    {
        using var index = Index();

        Assert.Equal(["it", "pt"], index.Search("\"southern europe\"").Ids().Order());
    }
}
