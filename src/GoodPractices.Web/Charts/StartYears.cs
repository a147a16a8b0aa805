using GoodPractices.Search.Contracts;

namespace GoodPractices.Web.Charts;

/// <summary>How many practices started in each five-year span, counted with the searcher's own year filter.</summary>
public static class StartYears
{
    /// <summary>The first span; earlier starts are counted together as "before".</summary>
    public const int From = 1990;

    public const int Span = 5;

    /// <summary>Rows from "before 1990" to the span holding <paramref name="thisYear"/>, empty spans included: time runs on.</summary>
    public static IReadOnlyList<(int? First, int? Last, int Count)> Count(IPracticeSearcher searcher, int thisYear, string language)
    {
        var rows = new List<(int?, int?, int)> { (null, From - 1, CountBetween(null, From - 1)) };
        for (var first = From; first <= thisYear; first += Span)
        {
            rows.Add((first, first + Span - 1, CountBetween(first, first + Span - 1)));
        }
        return rows;

        int CountBetween(int? first, int last) => searcher.Search(new SearchRequest
        {
            FromYear = first, ToYear = last, PageSize = 1, Snippets = false, DisplayLanguage = language,
        }).TotalHits;
    }
}
