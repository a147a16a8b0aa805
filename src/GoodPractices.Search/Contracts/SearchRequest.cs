namespace GoodPractices.Search.Contracts;

public enum SearchSort
{
    Relevance,
    /// <summary>Most recent start year first.</summary>
    Newest,
    /// <summary>Most recently reviewed first.</summary>
    Reviewed,
    Title,
}

/// <summary>What a reader asked for: words, facet selections, a start-year range, sort and page.</summary>
public sealed record SearchRequest
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>The query as typed; null or blank means every practice.</summary>
    public string? Query { get; init; }

    /// <summary>Selected values per dimension name (see <see cref="FacetDimension"/>); OR within a dimension, AND across.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    public int? FromYear { get; init; }
    public int? ToYear { get; init; }
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = DefaultPageSize;
    /// <summary>
    /// Whether each hit carries a passage with the matched words marked; false gives its summary instead, for
    /// callers that show no passages, and to measure searching apart from highlighting.
    /// </summary>
    public bool Snippets { get; init; } = true;

    /// <summary>The reader's language: hits are shown in a translation into it when one exists.</summary>
    public string DisplayLanguage { get; init; } = "en";
}
