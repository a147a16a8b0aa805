using System.Text.Json;
using GoodPractices.Core.Corpus;
using GoodPractices.Search.Contracts;
using GoodPractices.Search.Indexing;
using GoodPractices.Search.Querying;
using GoodPractices.Search.Tests.Querying.Facets;
using GoodPractices.Search.Tests.Relevance;
using Lucene.Net.Store;

namespace GoodPractices.Search.Tests.Querying;

/// <summary>
/// A search that runs alone shares its work among the cores: its matching, a range of the documents per core, its facets
/// and its page's passages (see <c>CoreShare</c>). A reader must be shown the same answer as from one core, to the last
/// mark of the last passage.
/// </summary>
public sealed class SharedAmongCoresTests : IDisposable
{
    private readonly PracticeSearcher _searcher;

    public SharedAmongCoresTests()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "GoodPractices.sln"))) root = root.Parent;
        var corpus = CorpusLoader.LoadDirectory(Path.Combine(root!.FullName, "practices")).Corpus;
        var directory = new RAMDirectory();
        PracticeIndexWriter.Write(directory, corpus);
        // The real corpus is far below the size whose matching is worth sharing: here its practices are cut into ranges too.
        _searcher = new PracticeSearcher(directory, corpus.Taxonomy, "memory") { MinDocsPerRange = 16 };
    }

    public void Dispose() => _searcher.Dispose();

    private static IEnumerable<SearchRequest> Requests()
    {
        foreach (var query in RelevanceSetTests.Cases().Select(c => c.Query).Distinct()) yield return new SearchRequest { Query = query };
        yield return new SearchRequest { Query = "prison", Page = 2, PageSize = 10 };
        yield return new SearchRequest { Query = "treatment women", Filters = FacetCountTests.Filters(("country", "IT"), ("country", "PT")) };
        yield return new SearchRequest { Query = "probation", FromYear = 2000, ToYear = 2015, DisplayLanguage = "fr" };
        yield return new SearchRequest { Query = "réduction des risques", DisplayLanguage = "fr" };
        yield return new SearchRequest { Query = "prison", Sort = SearchSort.Reviewed };
        yield return new SearchRequest { Query = "prison", Page = 40 };
        yield return new SearchRequest { Query = "nalox" };
        yield return new SearchRequest { Query = "metadone carcere", DisplayLanguage = "it" };
        yield return new SearchRequest { Query = "children of prisoners visits", Snippets = false };
        yield return new SearchRequest { Query = "" };
    }

    [Fact]
    public void ASearchSharedAmongCoresShowsWhatItShowsFromOne()
    {
        var requests = Requests().ToList();
        Assert.True(requests.Count > 100, $"{requests.Count} searches");
        foreach (var request in requests)
        {
            var one = JsonSerializer.Serialize(_searcher.Search(request, cores: 1));
            var three = JsonSerializer.Serialize(_searcher.Search(request, cores: 3));

            Assert.True(one == three, $"`{request.Query}` (page {request.Page}) differs when shared among three cores");
        }
    }
}
