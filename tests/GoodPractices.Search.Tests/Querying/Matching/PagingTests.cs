using GoodPractices.Search.Contracts;
using GoodPractices.Search.Tests.Support;

namespace GoodPractices.Search.Tests.Querying.Matching;

public class PagingTests
{
    private static IPracticeSearcher Index(int count) => TestIndex.Of(Enumerable.Range(1, count)
        .Select(i => Practices.Make($"p{i:D2}", title: $"Practice {i:D2}"))
        .ToArray());

    [Fact]
    public void PagesFollowEachOtherWithoutGapsOrRepeats()
    {
        using var index = Index(25);

        var pages = Enumerable.Range(1, 3)
            .Select(page => index.Search(new SearchRequest { Page = page, PageSize = 10, Sort = SearchSort.Title }))
            .ToList();

        Assert.Equal([10, 10, 5], pages.Select(p => p.Hits.Count));
        Assert.Equal(Enumerable.Range(1, 25).Select(i => $"p{i:D2}"), pages.SelectMany(p => p.Ids()));
        Assert.All(pages, p => Assert.Equal(3, p.PageCount));
    }

    [Fact]
    public void PagesByRelevanceFollowEachOtherAcrossTheReRankedBestHits()
    {
        // 260 practices match both words; in some they stand together, which re-ranks the best 200 of them.
        var random = new Random(3);
        string[] fillers = ["women", "court", "family", "housing", "probation"];
        using var index = TestIndex.Of(Enumerable.Range(1, 260).Select(i => Practices.Make($"p{i:D3}",
            body: random.Next(3) == 0
                ? $"Prison treatment for {fillers[random.Next(5)]}. " + Practices.Filler
                : $"Prison {string.Join(' ', Enumerable.Repeat(fillers[random.Next(5)], 1 + random.Next(6)))} and treatment. " + Practices.Filler))
            .ToArray());

        var whole = Enumerable.Range(1, 3)
            .SelectMany(page => index.Search(new SearchRequest { Query = "prison treatment", PageSize = 100, Page = page }).Ids())
            .ToList();
        var paged = Enumerable.Range(1, 13)
            .SelectMany(page => index.Search(new SearchRequest { Query = "prison treatment", PageSize = 20, Page = page }).Ids())
            .ToList();

        Assert.Equal(260, whole.Distinct().Count());
        Assert.Equal(whole, paged);
    }

    [Fact]
    public void APageBeyondTheLastShowsTheLastWithANotice()
    {
        using var index = Index(25);

        var results = index.Search(new SearchRequest { Page = 99, PageSize = 10, Sort = SearchSort.Title });

        Assert.Equal(3, results.Page);
        Assert.Equal(["p21", "p22", "p23", "p24", "p25"], results.Ids());
        Assert.Contains(results.Notices, n => n.Kind == SearchNoticeKind.PageOutOfRange);
    }

    [Fact]
    public void AHugePageNumberDoesNotAllocateForIt()
    {
        using var index = Index(3);

        var results = index.Search(new SearchRequest { Page = int.MaxValue, PageSize = SearchRequest.MaxPageSize });

        Assert.Equal(1, results.Page);
        Assert.Equal(3, results.Hits.Count);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-5, 1)]
    [InlineData(1000, SearchRequest.MaxPageSize)]
    public void ThePageSizeIsKeptWithinBounds(int asked, int used)
    {
        using var index = Index(3);

        Assert.Equal(used, index.Search(new SearchRequest { PageSize = asked }).PageSize);
    }

    [Fact]
    public void APageBelowOneIsTheFirst()
    {
        using var index = Index(3);

        var results = index.Search(new SearchRequest { Page = -2 });

        Assert.Equal(1, results.Page);
        Assert.Equal(3, results.Hits.Count);
    }

    [Fact]
    public void NoHitsIsOnePageOfNothing()
    {
        using var index = Index(3);

        var results = index.Search(new SearchRequest { Query = "zebra" });

        Assert.Equal(0, results.TotalHits);
        Assert.Equal(1, results.PageCount);
        Assert.Empty(results.Hits);
    }

    [Theory]
    [InlineData("prison treatment", SearchSort.Relevance)]
    [InlineData("prison women housing", SearchSort.Relevance)] // few have every word: most of the words follow
    [InlineData("prisn", SearchSort.Relevance)] // nothing as typed: the corrected spelling
    [InlineData("treatment", SearchSort.Title)]
    [InlineData(null, SearchSort.Newest)]
    public void AllMatchesComeInTheOrderOfThePagesWithTheSameCount(string? query, SearchSort sort)
    {
        var random = new Random(5);
        string[] fillers = ["women", "court", "family", "housing", "probation"];
        using var index = TestIndex.Of(Enumerable.Range(1, 230).Select(i => Practices.Make($"p{i:D3}", title: $"Practice {random.Next(1000)}",
            body: random.Next(100) == 0 ? "Prison women housing. " + Practices.Filler
                : $"Prison {string.Join(' ', Enumerable.Repeat(fillers[random.Next(5)], 1 + random.Next(6)))} and treatment. " + Practices.Filler))
            .ToArray());
        var request = new SearchRequest { Query = query, Sort = sort };

        var paged = new List<string>();
        SearchResults page;
        var number = 1;
        do
        {
            page = index.Search(request with { Page = number++, PageSize = SearchRequest.MaxPageSize });
            paged.AddRange(page.Ids());
        }
        while (page.Page < page.PageCount);
        var all = index.SearchAll(request with { Page = 7, PageSize = 3 });

        Assert.True(paged.Count > SearchRequest.MaxPageSize, $"only {paged.Count} hits");
        if (query == "prison women housing") Assert.Contains(page.Notices, n => n.Kind == SearchNoticeKind.MostWords);
        if (query == "prisn") Assert.NotNull(page.ShowingResultsFor);
        Assert.Equal(page.TotalHits, all.TotalHits);
        Assert.Equal(paged, all.Practices.Select(p => p.Id));
    }
}
