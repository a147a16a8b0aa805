namespace GoodPractices.Search.Contracts;

/// <summary>One page of hits, the facet counts for the whole result set, and how the query was read.</summary>
public sealed record SearchResults
{
    public required int TotalHits { get; init; }
    /// <summary>The page actually returned (a page beyond the last is answered with the last, and a notice).</summary>
    public required int Page { get; init; }
    public required int PageSize { get; init; }
    public int PageCount => TotalHits == 0 ? 1 : (TotalHits + PageSize - 1) / PageSize;
    public required IReadOnlyList<SearchHit> Hits { get; init; }
    /// <summary>Every dimension, in <see cref="FacetDimension.All"/> order, with drill-sideways counts.</summary>
    public required IReadOnlyList<FacetResult> Facets { get; init; }
    public required QueryInterpretation Query { get; init; }
    /// <summary>Things the reader should be told: an unknown facet value was ignored, the page was out of range, ...</summary>
    public IReadOnlyList<SearchNotice> Notices { get; init; } = [];

    /// <summary>
    /// When the query as typed found nothing and these hits are for words close to it (typing mistakes allowed),
    /// the corrected query, e.g. <c>prison AND women</c>, for a "Showing results for ..." line; otherwise null.
    /// </summary>
    public string? ShowingResultsFor { get; init; }

    /// <summary>A query close to the one typed that more practices match, for a "Did you mean ..." link; otherwise null.</summary>
    public string? DidYouMean { get; init; }

    /// <summary>
    /// The places the query named (<c>Italian</c>, <c>UK</c>, <c>Nordic</c>), which lift practices from there rather than
    /// being required words, as filters a page can offer in one click ("Only Italy?"); places already selected are left out.
    /// </summary>
    public IReadOnlyList<PlaceFilter> Places { get; init; } = [];

    /// <summary>The counted values of one facet dimension (by its name, e.g. <c>country</c>); empty for a name no facet has.</summary>
    public IReadOnlyList<FacetValue> FacetValues(string dimension) =>
        Facets.FirstOrDefault(f => f.Dimension == dimension)?.Values ?? [];

    /// <summary>Every hit's document, best first, when the run was asked for all of them; otherwise empty.</summary>
    internal int[] EveryDoc { get; init; } = [];
}

/// <summary>A place named in a query, as the facet selection that keeps only practices from there.</summary>
/// <param name="Dimension">The facet dimension's name: <c>country</c> or <c>region</c>.</param>
/// <param name="Values">The values to select: one country, a group of countries, or a region.</param>
public sealed record PlaceFilter(string Dimension, IReadOnlyList<string> Values)
{
    /// <summary>The place as the reader named it in the query ("European Union", "Nordic"); null when it was not named.</summary>
    public string? Name { get; init; }
}

/// <summary>One practice in a result list, in the reader's language when a translation exists.</summary>
/// <param name="Snippet">The passage that shows why it matched, as plain text with the matched words' places.</param>
public sealed record SearchHit(
    string Id,
    string Title,
    string Summary,
    string Language,
    Snippet Snippet,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> InterventionTypes,
    int StartYear,
    DateOnly LastReviewed,
    float Score)
{
    /// <summary>
    /// When no practice had every plain word and most of them were enough (<see cref="SearchNoticeKind.MostWords"/>),
    /// the words this one lacks, as typed; otherwise empty.
    /// </summary>
    public IReadOnlyList<string> MissingWords { get; init; } = [];

    /// <summary>The practice's evidence level, for its badge; null when the index version does not hold it (read the practice).</summary>
    public string? EvidenceLevel { get; init; }

    /// <summary>Whether the practice still runs, for its badge; null when the index version does not hold it (read the practice).</summary>
    public string? Status { get; init; }

    /// <summary>
    /// The outcomes the practice's evidence measured (slugs of the <c>outcomes</c> vocabulary): a researcher scanning
    /// results sees what was measured, and why `drug courts cost` found a practice whose text never says "cost".
    /// Empty when none were measured or the index version does not hold them.
    /// </summary>
    public IReadOnlyList<string> Outcomes { get; init; } = [];

    /// <summary>Where the query's words stand in <see cref="Title"/>; empty without a query.</summary>
    public IReadOnlyList<SnippetMark> TitleMarks { get; init; } = [];

    /// <summary>
    /// When no version of the practice's text shows a word of the query, the tags that hold one (their labels or
    /// descriptions, in any language): what found it. Empty otherwise.
    /// </summary>
    public IReadOnlyList<TagRef> FoundThrough { get; init; } = [];
}

/// <summary>A tag of a practice: a facet dimension (<c>intervention</c>, <c>stage</c>, <c>setting</c>, <c>group</c>) and the term's slug.</summary>
public sealed record TagRef(string Dimension, string Value);

/// <summary>
/// A passage of plain text and the stretches of it that matched the query. Plain text, not markup: whoever shows it
/// encodes it for its medium.
/// </summary>
public sealed record Snippet(string Text, IReadOnlyList<SnippetMark> Marks)
{
    /// <summary>
    /// The language of the passage when it is not the hit's own: a practice that matched through one of its other
    /// versions alone (a Portuguese word typed by a reader of English) shows the passage of that version. Null otherwise.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>The passage cut at its marks: each piece of text and whether it is a matched word, in order.</summary>
    public IEnumerable<(string Text, bool Marked)> Pieces()
    {
        var at = 0;
        foreach (var mark in Marks)
        {
            if (mark.Start > at) yield return (Text[at..mark.Start], false);
            yield return (Text.Substring(mark.Start, mark.Length), true);
            at = mark.Start + mark.Length;
        }
        if (at < Text.Length) yield return (Text[at..], false);
    }
}

/// <summary>A matched word in a <see cref="Snippet"/>: where it starts and how many characters it takes.</summary>
public readonly record struct SnippetMark(int Start, int Length);

public sealed record FacetResult(string Dimension, IReadOnlyList<FacetValue> Values);

/// <summary>A facet value and how many hits it would have (drill-sideways). Selected values appear even with 0.</summary>
public sealed record FacetValue(string Value, int Count, bool Selected);

/// <summary>How the query text was understood.</summary>
/// <param name="Text">The query as typed.</param>
/// <param name="Understood">A readable form of what was searched, e.g. <c>prison AND "needle exchange" NOT women</c>.</param>
/// <param name="ReadAsPlainWords">True when the syntax could not be used as written and the words were searched instead.</param>
public sealed record QueryInterpretation(string Text, string Understood, bool ReadAsPlainWords);

public enum SearchNoticeKind
{
    QueryReadAsPlainWords,
    QueryTooLong,
    UnknownFacetValue,
    UnknownDimension,
    PageOutOfRange,
    InvalidYearRange,
    /// <summary>The query used something refused for cost (a leading wildcard, a regular expression, ...).</summary>
    QueryFeatureRefused,
    /// <summary>Nothing matched as typed; the hits allow typing mistakes (see <see cref="SearchResults.ShowingResultsFor"/>).</summary>
    ShowingResultsFor,
    /// <summary>
    /// Few practices matched as typed, so words were also looked for as words that mean the same; the detail lists
    /// them (<c>incarceration: imprisonment, prison</c>).
    /// </summary>
    IncludingSynonyms,
    /// <summary>
    /// Few or no practices had every word, so practices with most of them are shown, ranked by how many they have;
    /// each hit names the words it lacks (<see cref="SearchHit.MissingWords"/>). The detail is how many had them all.
    /// </summary>
    MostWords,
    /// <summary>
    /// Nothing matched as typed, and no word could be named that the reader may have meant: the hits have words close to
    /// the query's, within the typing mistakes allowed. The detail is the query as read.
    /// </summary>
    CloseWords,
}

/// <summary>A message for the reader; <paramref name="Message"/> is plain English, <paramref name="Kind"/> lets a page translate it.</summary>
public sealed record SearchNotice(SearchNoticeKind Kind, string Message, string? Detail = null);
