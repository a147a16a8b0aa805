using GoodPractices.Core.Corpus;
using GoodPractices.Search.Contracts;
using GoodPractices.Search.Storage;
using GoodPractices.Search.Tests.Querying.Facets;
using GoodPractices.Search.Tests.Support;

namespace GoodPractices.Search.Tests.Querying;

public class SearcherLifetimeTests
{
    [Fact]
    public void ManyThreadsSearchingAtOnceGetTheSameAnswersAsOne()
    {
        var corpus = RandomCorpus.Generate(200, seed: 7);
        using var index = TestIndex.InSegments(corpus, commitEvery: 40);
        var requests = new[]
        {
            new SearchRequest { Query = "prison" },
            new SearchRequest { Query = "women housing", Filters = FacetCountTests.Filters(("country", "PT"), ("country", "IT")) },
            new SearchRequest { Query = "mentorign" },
            new SearchRequest { Filters = FacetCountTests.Filters(("group", "women"), ("status", "active")), Sort = SearchSort.Title },
        };
        var expected = requests.Select(r => Fingerprint(index.Search(r))).ToList();

        var actual = new string[requests.Length * 50];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            actual[i] = Fingerprint(index.Search(requests[i % requests.Length])));

        for (var i = 0; i < actual.Length; i++) Assert.Equal(expected[i % requests.Length], actual[i]);
    }

    [Fact]
    public void AnEmptyCorpusCanBeSearched()
    {
        using var index = IndexStore.BuildInMemory(new PracticeCorpus(TestTaxonomy.Instance, []));

        var results = index.Search(new SearchRequest { Query = "prison", Filters = FacetCountTests.Filters(("country", "PT")) });

        Assert.Equal(0, results.TotalHits);
        Assert.Equal(0, index.PracticeCount);
        Assert.Empty(index.Suggest("pri"));
        Assert.Empty(index.Related("x"));
        Assert.Equal(FacetDimension.All.Select(d => d.Name), results.Facets.Select(f => f.Dimension));
    }

    [Fact]
    public void DisposingTwiceIsHarmless()
    {
        var index = TestIndex.Of(Practices.Make("a"));

        index.Dispose();
        var second = Record.Exception(index.Dispose);

        Assert.Null(second);
    }

    private static string Fingerprint(SearchResults results) =>
        $"{results.TotalHits}|{string.Join(",", results.Hits.Select(h => h.Id + h.SnippetHtml()))}|" +
        string.Join(";", results.Facets.SelectMany(f => f.Values.Select(v => $"{f.Dimension}:{v.Value}={v.Count}")));
}
