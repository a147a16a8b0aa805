using GoodPractices.Core.Content;
using GoodPractices.Search.Contracts;
using GoodPractices.Search.Indexing;
using GoodPractices.Search.Tests.Support;

namespace GoodPractices.Search.Tests.Querying.Facets;

public class FacetCountTests
{
    private static readonly IReadOnlyList<Practice> Corpus = RandomCorpus.Generate(300, seed: 20261128);

    private static IReadOnlyList<string> ValuesOf(Practice practice, FacetDimension dimension) =>
        FacetValues.Of(practice, dimension, TestTaxonomy.Instance);

    private static Dictionary<string, int> BruteForce(IEnumerable<Practice> practices, FacetDimension dimension) =>
        practices.SelectMany(p => ValuesOf(p, dimension)).GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());

    private static Dictionary<string, int> Counted(SearchResults results, FacetDimension dimension) =>
        results.Facets.Single(f => f.Dimension == dimension.Name).Values.Where(v => v.Count > 0).ToDictionary(v => v.Value, v => v.Count);

    [Fact]
    public void EveryDimensionsCountsEqualABruteForceCountAcrossSeveralSegments()
    {
        using var index = TestIndex.InSegments(Corpus, commitEvery: 50);

        var results = index.Search(new SearchRequest());

        Assert.Equal(Corpus.Count, results.TotalHits);
        foreach (var dimension in FacetDimension.All)
        {
            Assert.Equal(BruteForce(Corpus, dimension), Counted(results, dimension));
        }
    }

    [Fact]
    public void WithSelectionsEachDimensionIsCountedWithEveryOtherDimensionsSelectionOnly()
    {
        using var index = TestIndex.InSegments(Corpus, commitEvery: 50);
        var selection = new Dictionary<FacetDimension, string[]>
        {
            [FacetDimension.Country] = ["PT", "IT", "FR"],
            [FacetDimension.Intervention] = ["drug-treatment-court", "psychosocial-support", "legal-aid", "housing-support"],
            [FacetDimension.Status] = ["active", "pilot"],
        };
        bool Matches(Practice p, FacetDimension? except) =>
            selection.Where(s => s.Key != except).All(s => ValuesOf(p, s.Key).Intersect(s.Value).Any());

        var results = index.Search(new SearchRequest
        {
            Filters = selection.ToDictionary(s => s.Key.Name, s => (IReadOnlyList<string>)s.Value),
        });

        Assert.Equal(Corpus.Count(p => Matches(p, null)), results.TotalHits);
        foreach (var dimension in FacetDimension.All)
        {
            var expected = BruteForce(Corpus.Where(p => Matches(p, selection.ContainsKey(dimension) ? dimension : null)), dimension);
            Assert.Equal(expected, Counted(results, dimension));
        }
    }

    [Fact]
    public void ATextQueryNarrowsTheCountsToItsHits()
    {
        using var index = TestIndex.InSegments(Corpus, commitEvery: 50);

        var results = index.Search(new SearchRequest { Query = "mentoring", Filters = Filters(("group", "women")) });

        var matching = Corpus.Where(p => p.Title.Contains("mentoring") || p.Body.Contains("mentoring")).ToList();
        Assert.Equal(matching.Count(p => p.TargetGroups.Contains("women")), results.TotalHits);
        Assert.Equal(BruteForce(matching, FacetDimension.Group), Counted(results, FacetDimension.Group));
        Assert.Equal(BruteForce(matching.Where(p => p.TargetGroups.Contains("women")), FacetDimension.Country), Counted(results, FacetDimension.Country));
    }

    [Fact]
    public void ValuesOfOneDimensionCombineWithOrAndDimensionsWithAnd()
    {
        using var index = TestIndex.Of(
            Practices.Make("pt-women", countries: ["PT"], groups: ["women"]),
            Practices.Make("it-women", countries: ["IT"], groups: ["women"]),
            Practices.Make("it-youth", countries: ["IT"], groups: ["young-people"]),
            Practices.Make("fr-women", countries: ["FR"], groups: ["women"]));

        var either = index.Search(new SearchRequest { Filters = Filters(("country", "PT"), ("country", "IT")) });
        var both = index.Search(new SearchRequest { Filters = Filters(("country", "IT"), ("group", "women")) });

        Assert.Equal(["it-women", "it-youth", "pt-women"], either.Ids().Order());
        Assert.Equal(["it-women"], both.Ids());
    }

    [Fact]
    public void ASelectedDimensionKeepsItsOtherValuesSoTheReaderCanWidenIt()
    {
        using var index = TestIndex.Of(
            Practices.Make("pt", countries: ["PT"]),
            Practices.Make("it", countries: ["IT"]),
            Practices.Make("it2", countries: ["IT"]));

        var results = index.Search(new SearchRequest { Filters = Filters(("country", "PT")) });

        var countries = results.Facets.Single(f => f.Dimension == "country").Values;
        Assert.Equal([new FacetValue("IT", 2, false), new FacetValue("PT", 1, true)], countries);
    }

    [Fact]
    public void ASelectedValueWithNoHitsIsStillListed()
    {
        using var index = TestIndex.Of(Practices.Make("pt", countries: ["PT"], groups: ["adults"]));

        var results = index.Search(new SearchRequest { Filters = Filters(("country", "PT"), ("group", "women")) });

        Assert.Contains(new FacetValue("women", 0, true), results.Facets.Single(f => f.Dimension == "group").Values);
    }

    [Fact]
    public void RegionAndLanguagesAreDerivedFromCountryAndTranslations()
    {
        using var index = TestIndex.Of(Practices.Make("pt", countries: ["PT"], translations:
            [Practices.Translation("pt", "fr", "Titre", "Résumé.", Practices.Filler)]));

        var results = index.Search(new SearchRequest());

        Assert.Equal(["southern-europe"], results.Facets.Single(f => f.Dimension == "region").Values.Select(v => v.Value));
        Assert.Equal(["en", "fr"], results.Facets.Single(f => f.Dimension == "language").Values.Select(v => v.Value));
    }

    internal static IReadOnlyDictionary<string, IReadOnlyList<string>> Filters(params (string Dimension, string Value)[] pairs) =>
        pairs.GroupBy(p => p.Dimension).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(p => p.Value).ToList());
}
