using GoodPractices.Search.Contracts;
using GoodPractices.Search.Tests.Support;

namespace GoodPractices.Search.Tests.Querying.Matching;

public class SortAndYearTests
{
    private static IPracticeSearcher Index() => TestIndex.Of(
        Practices.Make("b", title: "Bravo", startYear: 2001, lastReviewed: new DateOnly(2026, 3, 1)),
        Practices.Make("a", title: "Échelle", startYear: 2015, lastReviewed: new DateOnly(2025, 1, 1)),
        Practices.Make("c", title: "alpha", startYear: 1995, lastReviewed: new DateOnly(2026, 9, 1)),
        Practices.Make("d", title: "Delta", startYear: 2010, lastReviewed: new DateOnly(2024, 5, 1), translations:
            [Practices.Translation("d", "fr", "Zulu", "Résumé.", Practices.Filler)]));

    private static IReadOnlyList<string> Sorted(IPracticeSearcher index, SearchSort sort, string language = "en") =>
        index.Search(new SearchRequest { Sort = sort, DisplayLanguage = language }).Ids();

    [Fact]
    public void NewestSortsByStartYearDescending()
    {
        using var index = Index();

        Assert.Equal(["a", "d", "b", "c"], Sorted(index, SearchSort.Newest));
    }

    [Fact]
    public void ReviewedSortsByLastReviewDescending()
    {
        using var index = Index();

        Assert.Equal(["c", "b", "a", "d"], Sorted(index, SearchSort.Reviewed));
    }

    [Fact]
    public void TitleSortsAlphabeticallyIgnoringCaseAndAccents()
    {
        using var index = Index();

        Assert.Equal(["c", "b", "d", "a"], Sorted(index, SearchSort.Title));
    }

    [Fact]
    public void TitleSortsByTheTitleTheReaderSees()
    {
        using var index = Index();

        Assert.Equal(["c", "b", "a", "d"], Sorted(index, SearchSort.Title, "fr"));
    }

    [Fact]
    public void AYearRangeIncludesBothEnds()
    {
        using var index = Index();

        var results = index.Search(new SearchRequest { FromYear = 2001, ToYear = 2010, Sort = SearchSort.Newest });

        Assert.Equal(["d", "b"], results.Ids());
    }

    [Fact]
    public void AnOpenEndedYearRangeWorks()
    {
        using var index = Index();

        Assert.Equal(["a", "d"], index.Search(new SearchRequest { FromYear = 2005, Sort = SearchSort.Newest }).Ids());
        Assert.Equal(["b", "c"], index.Search(new SearchRequest { ToYear = 2005, Sort = SearchSort.Newest }).Ids());
    }

    [Fact]
    public void AReversedYearRangeIsSwappedWithANotice()
    {
        using var index = Index();

        var results = index.Search(new SearchRequest { FromYear = 2010, ToYear = 2001, Sort = SearchSort.Newest });

        Assert.Equal(["d", "b"], results.Ids());
        Assert.Contains(results.Notices, n => n.Kind == SearchNoticeKind.InvalidYearRange);
    }

    [Fact]
    public void TheYearRangeAppliesToFacetCounts()
    {
        using var index = Index();

        var results = index.Search(new SearchRequest { FromYear = 2011 });

        Assert.Equal([new FacetValue("en", 1, false)], results.Facets.Single(f => f.Dimension == "language").Values);
    }
}
