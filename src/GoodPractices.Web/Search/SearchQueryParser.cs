using System.Globalization;
using GoodPractices.Search.Contracts;
using Microsoft.Extensions.Primitives;

namespace GoodPractices.Web.Search;

/// <summary>
/// Reads a search page's address. Anything a reader can put in it is answered with a query and a list of
/// problems to show, never an exception: a link pasted half-copied still gives a useful page.
/// </summary>
public static class SearchQueryParser
{
    // Beyond this a page number only makes the searcher's arithmetic overflow; it reports the page as out of range.
    private const int MaxPage = 100_000;

    public static (SearchQuery Query, IReadOnlyList<SearchInputProblem> Problems) Parse(IQueryCollection query)
    {
        var problems = new List<SearchInputProblem>();
        try
        {
            return (Read(query, problems), problems);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            return (SearchQuery.Empty, [SearchInputProblem.AddressNotReadable]);
        }
    }

    private static SearchQuery Read(IQueryCollection query, List<SearchInputProblem> problems)
    {
        var text = Clean(query["q"].ToString());
        if (text.Length > SearchQuery.MaxQueryLength)
        {
            text = text[..SearchQuery.MaxQueryLength];
            problems.Add(SearchInputProblem.QueryShortened);
        }

        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var dimension in FacetDimension.All)
        {
            var values = Values(query[dimension.Name], dimension);
            if (values.Count > SearchQuery.MaxValuesPerDimension)
            {
                values = values.Take(SearchQuery.MaxValuesPerDimension).ToList();
                problems.Add(SearchInputProblem.TooManyFilters);
            }
            if (values.Count > 0) filters[dimension.Name] = values;
        }

        return new SearchQuery
        {
            Text = text,
            Filters = filters,
            FromYear = Year(query["from"], problems),
            ToYear = Year(query["to"], problems),
            Sort = Sort(query["sort"], problems),
            Page = Page(query["page"], problems),
        };
    }

    private static List<string> Values(StringValues raw, FacetDimension dimension)
    {
        var values = new List<string>();
        foreach (var item in raw)
        {
            var value = Clean(item ?? "");
            if (value.Length == 0 || value.Length > 100) continue;
            // Country codes are upper case and slugs lower case: accept either spelling from a hand-typed address.
            value = dimension == FacetDimension.Country ? value.ToUpperInvariant() : value.ToLowerInvariant();
            if (!values.Contains(value, StringComparer.Ordinal)) values.Add(value);
        }
        return values;
    }

    private static int? Year(StringValues raw, List<SearchInputProblem> problems)
    {
        var text = raw.ToString().Trim();
        if (text.Length == 0) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 9999) return year;
        if (!problems.Contains(SearchInputProblem.YearNotANumber)) problems.Add(SearchInputProblem.YearNotANumber);
        return null;
    }

    private static SearchSort Sort(StringValues raw, List<SearchInputProblem> problems)
    {
        var text = raw.ToString().Trim();
        if (text.Length == 0) return SearchSort.Relevance;
        // Enum.TryParse would also accept numbers ("2"), which no link produces.
        foreach (var sort in Enum.GetValues<SearchSort>())
        {
            if (string.Equals(SearchUrls.SortName(sort), text, StringComparison.OrdinalIgnoreCase)) return sort;
        }
        problems.Add(SearchInputProblem.UnknownSort);
        return SearchSort.Relevance;
    }

    private static int Page(StringValues raw, List<SearchInputProblem> problems)
    {
        var text = raw.ToString().Trim();
        if (text.Length == 0) return 1;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1) return Math.Min(page, MaxPage);
        // Digits too many for an int are still a page far beyond the last: let the searcher say so.
        if (text.All(char.IsAsciiDigit) && text.TrimStart('0').Length > 0) return MaxPage;
        problems.Add(SearchInputProblem.PageNotANumber);
        return 1;
    }

    // Control characters have no place in a query and would only end up echoed into the page.
    private static string Clean(string text) =>
        string.Concat(text.Where(c => !char.IsControl(c) || c == ' ')).Trim();
}
