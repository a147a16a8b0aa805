using GoodPractices.Core.Content;
using GoodPractices.Core.Corpus;
using GoodPractices.Search.Contracts;
using GoodPractices.Search.Indexing;
using GoodPractices.Search.Querying;
using GoodPractices.Search.Storage;
using Lucene.Net.Store;

namespace GoodPractices.Search.Tests.Support;

/// <summary>Builds an in-memory index of the given practices over the fixture taxonomy.</summary>
internal static class TestIndex
{
    public static IPracticeSearcher Of(params Practice[] practices) =>
        IndexStore.BuildInMemory(new PracticeCorpus(TestTaxonomy.Instance, practices));

    public static IPracticeSearcher InSegments(IReadOnlyList<Practice> practices, int commitEvery) =>
        IndexStore.BuildInMemory(new PracticeCorpus(TestTaxonomy.Instance, practices), commitEvery);

    /// <summary>The index's internals, for tests of the search machinery below the searcher: several segments, never merged.</summary>
    public static PracticeIndex Internals(IReadOnlyList<Practice> practices, int commitEvery)
    {
        var directory = new RAMDirectory();
        PracticeIndexWriter.Write(directory, new PracticeCorpus(TestTaxonomy.Instance, practices), commitEvery: commitEvery,
            mergeToOneSegment: false);
        return new PracticeIndex(directory, TestTaxonomy.Instance);
    }

    public static SearchResults Search(this IPracticeSearcher searcher, string? query, int pageSize = 100) =>
        searcher.Search(new SearchRequest { Query = query, PageSize = pageSize });

    public static IReadOnlyList<string> Ids(this SearchResults results) => results.Hits.Select(h => h.Id).ToList();
}
