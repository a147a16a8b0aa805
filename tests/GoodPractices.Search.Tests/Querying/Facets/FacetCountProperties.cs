using CsCheck;
using GoodPractices.Core.Content;
using GoodPractices.Search.Contracts;
using GoodPractices.Search.Indexing;
using GoodPractices.Search.Tests.Support;

namespace GoodPractices.Search.Tests.Querying.Facets;

/// <summary>Facet counts against a count done by hand, over many small generated corpora and selections.</summary>
public class FacetCountProperties
{
    private static IReadOnlyList<string> ValuesOf(Practice practice, FacetDimension dimension) =>
        FacetValues.Of(practice, dimension, TestTaxonomy.Instance);

    private static Dictionary<string, int> BruteForce(IEnumerable<Practice> practices, FacetDimension dimension) =>
        practices.SelectMany(p => ValuesOf(p, dimension)).GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());

    private static Dictionary<string, int> Counted(SearchResults results, FacetDimension dimension) =>
        results.Facets.Single(f => f.Dimension == dimension.Name).Values.Where(v => v.Count > 0).ToDictionary(v => v.Value, v => v.Count);

    // A selection drawn from the values the corpus has: some dimensions, one to three values each.
    private static Dictionary<FacetDimension, string[]> Selection(IReadOnlyList<Practice> corpus, int seed, bool select)
    {
        var random = new Random(seed);
        var selection = new Dictionary<FacetDimension, string[]>();
        if (!select) return selection;
        foreach (var dimension in FacetDimension.All)
        {
            var values = corpus.SelectMany(p => ValuesOf(p, dimension)).Distinct().Order(StringComparer.Ordinal).ToArray();
            if (values.Length == 0 || random.Next(3) != 0) continue;
            selection[dimension] = values.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToArray();
        }
        return selection;
    }

    [Fact]
    public void EachDimensionIsCountedOverThePracticesMatchingEveryOtherDimensionsSelection()
    {
        Gen.Select(Gen.Int[1, 25], Gen.Int, Gen.Int, Gen.Bool).Sample((count, corpusSeed, selectionSeed, select) =>
        {
            var corpus = RandomCorpus.Generate(count, corpusSeed);
            var selection = Selection(corpus, selectionSeed, select);
            bool Matches(Practice p, FacetDimension? except) =>
                selection.Where(s => s.Key != except).All(s => ValuesOf(p, s.Key).Intersect(s.Value).Any());
            using var index = TestIndex.InSegments(corpus, commitEvery: 7);

            var results = index.Search(new SearchRequest
            {
                Filters = selection.ToDictionary(s => s.Key.Name, s => (IReadOnlyList<string>)s.Value),
            });

            Assert.Equal(corpus.Count(p => Matches(p, null)), results.TotalHits);
            foreach (var dimension in FacetDimension.All)
            {
                // Drill sideways: a dimension's own selection does not narrow its counts.
                var expected = BruteForce(corpus.Where(p => Matches(p, selection.ContainsKey(dimension) ? dimension : null)), dimension);
                Assert.Equal(expected, Counted(results, dimension));
            }
        }, iter: 40);
    }
}
