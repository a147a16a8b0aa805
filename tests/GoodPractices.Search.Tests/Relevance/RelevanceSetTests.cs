using GoodPractices.Core.Corpus;
using GoodPractices.Search.Contracts;
using GoodPractices.Search.Storage;

namespace GoodPractices.Search.Tests.Relevance;

/// <summary>
/// The relevance set: queries a policymaker or researcher would type, over the real corpus, each with the
/// practices it must return among its first three. A ranking change that buries an obvious answer fails here.
/// </summary>
public sealed class RelevanceSetTests : IClassFixture<RelevanceSetTests.RealCorpusIndex>
{
    private readonly IPracticeSearcher _searcher;

    public RelevanceSetTests(RealCorpusIndex index) => _searcher = index.Searcher;

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Relevance", "relevance-set.tsv")))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split('\t');
            data.Add(parts[0], parts[1]);
        }
        return data;
    }

    [Fact]
    public void TheSetHasAtLeastTwentyFiveQueries() => Assert.True(Cases().Count >= 25);

    [Theory]
    [MemberData(nameof(Cases))]
    public void EachQueryReturnsItsExpectedPracticesInTheTopThree(string query, string expected)
    {
        var top = _searcher.Search(new SearchRequest { Query = query, PageSize = 3 }).Hits.Select(h => h.Id).ToList();

        foreach (var id in expected.Split(','))
        {
            Assert.True(top.Contains(id), $"'{query}' should rank {id} in its top 3; it gave: {string.Join(", ", top)}");
        }
    }

    /// <summary>The real corpus indexed once for the class; searching never changes it.</summary>
    public sealed class RealCorpusIndex : IDisposable
    {
        public RealCorpusIndex()
        {
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "GoodPractices.sln"))) root = root.Parent;
            var result = CorpusLoader.LoadDirectory(Path.Combine(root!.FullName, "practices"));
            Searcher = IndexStore.BuildInMemory(result.Corpus);
        }

        public IPracticeSearcher Searcher { get; }

        public void Dispose() => Searcher.Dispose();
    }
}
