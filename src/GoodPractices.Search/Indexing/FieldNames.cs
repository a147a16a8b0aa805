using GoodPractices.Search.Contracts;

namespace GoodPractices.Search.Indexing;

/// <summary>
/// The field schema of an index version. The indexer and the searcher both read it from here, so a field is
/// never spelled twice; changing a name or an analyzer means writing a new index version.
/// </summary>
internal static class FieldNames
{
    public const string Id = "id";
    public const string Source = "source";

    /// <summary>The stored <see cref="HitRecord"/>: what a result list shows of a practice.</summary>
    public const string Hit = "hit";

    /// <summary>
    /// The <see cref="HitRecord"/> without its prose, as doc values: read in place, where a stored field would
    /// decompress the whole stored practice around it.
    /// </summary>
    public const string HitSummary = "hit_dv";

    /// <summary>
    /// The whole <see cref="HitRecord"/>, prose included, as doc values, for a page of hits with passages: a stored field
    /// is decompressed a chunk at a time, byte by byte, which cost more than building the passage.
    /// </summary>
    public const string HitWhole = "hit_whole_dv";

    /// <summary>
    /// The texts a search box completes to (titles in every language, original titles, organisation names), one per
    /// line, as doc values: the completions are built from these when a version opens, without reading any practice.
    /// </summary>
    public const string Completions = "completions_dv";

    /// <summary>Every title of every language (and the title in its own language), folded: <c>prisao</c> finds <c>prisão</c>.</summary>
    public const string FoldedTitle = "folded_title";

    /// <summary>Summaries, bodies and organisation names of every language, folded.</summary>
    public const string FoldedText = "folded_text";

    /// <summary>Organisation names, folded, for <c>org:</c> in a query (they are in <see cref="FoldedText"/> too).</summary>
    public const string Organisation = "organisation";

    /// <summary>Labels of the entry's countries, regions and vocabulary terms in every language, so "Italy" or "women" find entries.</summary>
    public const string Labels = "labels";

    /// <summary>
    /// The labels and descriptions of the entry's vocabulary terms in every language, folded: the taxonomy's own words
    /// for what the entry does ("methadone, buprenorphine" for opioid agonist treatment), weighted below the entry's text.
    /// </summary>
    public const string TermText = "term_text";

    public const string StartYear = "start_year";
    public const string StartYearValue = "start_year_dv";
    public const string LastReviewed = "last_reviewed_dv";
    public const string Decade = "decade";
    public const string Eu = "eu";

    /// <summary>
    /// The languages other than English whose labels also have a field of their own (<see cref="LanguageLabels"/>): the
    /// interface languages, whose readers find the mostly English entries through their tags.
    /// </summary>
    public static readonly IReadOnlyList<string> LabelLanguages = ["fr", "it", "pt", "cs"];

    /// <summary>
    /// The labels of the entry's vocabulary terms in one language, read by that language's analyzer, so that a word
    /// typed in another form than the label's finds it: Czech "drogové soudy" the label "Drogový soud", French
    /// "tribunaux" the label "Tribunal".
    /// </summary>
    public static string LanguageLabels(string languageKey) => "labels_" + languageKey;

    public static string Title(string languageKey) => "title_" + languageKey;
    public static string Summary(string languageKey) => "summary_" + languageKey;
    public static string Body(string languageKey) => "body_" + languageKey;

    /// <summary>Sort key of the title a reader of <paramref name="language"/> sees.</summary>
    public static string TitleSort(string language) => "title_sort_" + language;

    /// <summary>The indexed (filterable) field of a facet dimension: exact values, not analyzed.</summary>
    public static string Filter(FacetDimension dimension) => "filter_" + dimension.Name;

    /// <summary>The doc values field a facet dimension is counted from.</summary>
    public static string Facet(FacetDimension dimension) => "facet_" + dimension.Name;
}
