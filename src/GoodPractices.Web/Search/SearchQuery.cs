using GoodPractices.Search.Contracts;

namespace GoodPractices.Web.Search;

/// <summary>The state of a search page, exactly what its address holds: words, filters, year range, sort and page.</summary>
public sealed record SearchQuery
{
    /// <summary>Longer text is cut: no reader types this much, and every facet link on the page repeats the query.</summary>
    public const int MaxQueryLength = 200;

    /// <summary>More values than this in one dimension are ignored: no link produces them.</summary>
    public const int MaxValuesPerDimension = 50;

    public static readonly SearchQuery Empty = new();

    public string Text { get; init; } = "";

    /// <summary>Selected values per dimension name, in the order they were chosen; dimensions without values are absent.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    public int? FromYear { get; init; }
    public int? ToYear { get; init; }
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public int Page { get; init; } = 1;

    public bool HasFilters => Filters.Count > 0 || FromYear is not null || ToYear is not null;

    public IReadOnlyList<string> Selected(string dimension) =>
        Filters.TryGetValue(dimension, out var values) ? values : [];

    public bool IsSelected(string dimension, string value) => Selected(dimension).Contains(value, StringComparer.Ordinal);

    /// <summary>The same search with <paramref name="value"/> added to or removed from <paramref name="dimension"/>, from page 1.</summary>
    public SearchQuery Toggle(string dimension, string value)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>(Filters, StringComparer.Ordinal);
        var current = Selected(dimension);
        var next = current.Contains(value, StringComparer.Ordinal)
            ? current.Where(v => v != value).ToList()
            : [.. current, value];
        if (next.Count == 0) filters.Remove(dimension);
        else filters[dimension] = next;
        return this with { Filters = filters, Page = 1 };
    }

    public SearchQuery WithoutYears() => this with { FromYear = null, ToYear = null, Page = 1 };

    public SearchQuery WithoutFilters() => this with
    {
        Filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal), FromYear = null, ToYear = null, Page = 1,
    };

    public SearchQuery WithPage(int page) => this with { Page = page };

    /// <summary>What to ask the searcher, in the reader's language.</summary>
    public SearchRequest ToRequest(string displayLanguage) => new()
    {
        Query = string.IsNullOrWhiteSpace(Text) ? null : Text,
        Filters = Filters,
        FromYear = FromYear,
        ToYear = ToYear,
        Sort = Sort,
        Page = Page,
        DisplayLanguage = displayLanguage,
    };
}
