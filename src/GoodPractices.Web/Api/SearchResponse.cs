namespace GoodPractices.Web.Api;

/// <summary>One page of a search: hits, facet counts with labels, paging, the query as understood, and notices.</summary>
public sealed record SearchResponse(
    SearchQueryResponse Query,
    int TotalHits,
    int Page,
    int PageSize,
    int PageCount,
    IReadOnlyList<SearchHitResponse> Hits,
    IReadOnlyList<FacetResponse> Facets,
    IReadOnlyList<NoticeResponse> Notices,
    SearchLinks Links,
    string IndexVersion);

/// <summary>The search as it was read: what was typed, how it was understood, and the filters that apply.</summary>
/// <param name="ShowingResultsFor">When nothing matched as typed, the corrected query whose hits are shown.</param>
/// <param name="DidYouMean">A close query that more practices match.</param>
public sealed record SearchQueryResponse(
    string Text,
    string Understood,
    bool ReadAsPlainWords,
    string? ShowingResultsFor,
    string? DidYouMean,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Filters,
    int? FromYear,
    int? ToYear,
    string Sort,
    string Language,
    IReadOnlyList<PlaceFilterResponse> Places);

/// <summary>A place the query named, which lifted practices from there, and the same search with only them.</summary>
/// <param name="Dimension"><c>country</c> or <c>region</c>.</param>
/// <param name="Label">The place's name in the reader's language.</param>
/// <param name="Only">This search with the place selected as a filter; null when no practice found is from there.</param>
public sealed record PlaceFilterResponse(string Dimension, IReadOnlyList<string> Values, string Label, string? Only);

/// <param name="TitleHtml">The title, HTML-escaped, with matched words in <c>&lt;mark&gt;</c>.</param>
/// <param name="SnippetHtml">HTML-escaped text with matched words in <c>&lt;mark&gt;</c>.</param>
/// <param name="SnippetLanguage">
/// The language of the passage when it is not <c>language</c>: a practice that matched through another of its versions
/// alone (a Portuguese word searched in English) shows that version's passage. Null otherwise.
/// </param>
/// <param name="Score">The relevance score; null when the results are not sorted by relevance.</param>
/// <param name="MissingWords">When no practice had every word and most of them were enough, the words this one lacks.</param>
/// <param name="FoundThrough">
/// When no version of the practice's text shows a word of the query, the tags whose labels or descriptions (in any
/// language) hold one: what found it. Empty otherwise.
/// </param>
public sealed record SearchHitResponse(
    string Id,
    string Url,
    string ApiUrl,
    string Title,
    string TitleHtml,
    string Summary,
    string Language,
    string SnippetHtml,
    string? SnippetLanguage,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> InterventionTypes,
    int StartYear,
    DateOnly LastReviewed,
    float? Score,
    IReadOnlyList<string> MissingWords,
    IReadOnlyList<TagResponse> FoundThrough);

/// <summary>A tag of a practice: its facet dimension, the term's slug and its label in the request's language.</summary>
public sealed record TagResponse(string Dimension, string Value, string Label);

public sealed record FacetResponse(string Dimension, string Label, IReadOnlyList<FacetValueResponse> Values);

/// <param name="Count">How many hits the value would have with every other dimension's selection applied.</param>
public sealed record FacetValueResponse(string Value, string Label, int Count, bool Selected);

/// <summary>Something the client should know about how its request was read, e.g. a page size that was clamped.</summary>
public sealed record NoticeResponse(string Kind, string Message, string? Detail);

/// <summary>This search in its other forms.</summary>
public sealed record SearchLinks(
    string Self,
    string? Next,
    string? Previous,
    string Html,
    string Csv,
    string JsonLines,
    string Atom);
