using GoodPractices.Core.Content;
using GoodPractices.Core.Countries;
using GoodPractices.Core.Taxonomy;

namespace GoodPractices.Search.Contracts;

/// <summary>An open, immutable index version: search it and read whole practices from it. Thread-safe.</summary>
public interface IPracticeSearcher : IDisposable
{
    /// <summary>The index version this searcher reads, e.g. <c>20261128T174500Z-3f2a</c>.</summary>
    string Version { get; }

    /// <summary>The taxonomy stored with this index version.</summary>
    PracticeTaxonomy Taxonomy { get; }

    int PracticeCount { get; }

    /// <summary>The national context of each country that has one, by upper-case code, as built into this version.</summary>
    IReadOnlyDictionary<string, CountryContext> CountryContexts => NoCountryContexts;

    /// <summary>The contexts of a version built without any.</summary>
    protected static readonly IReadOnlyDictionary<string, CountryContext> NoCountryContexts = new Dictionary<string, CountryContext>();

    /// <summary>Never throws for anything a reader can type: problems come back as notices.</summary>
    SearchResults Search(SearchRequest request);

    /// <summary>
    /// Every practice the search matches, in the order the search ranks them, from one run of the search on this
    /// version: the count at once, each whole practice read as it is enumerated. Page, page size and snippets in the
    /// request are ignored. For exports, which must not re-run the search once per page.
    /// </summary>
    AllMatches SearchAll(SearchRequest request);

    /// <summary>The whole practice with its translations, or null for an unknown id.</summary>
    Practice? Find(string id);

    /// <summary>
    /// Practices to read next after <paramref name="id"/>: the entry's own <c>related</c> list first, then practices
    /// with similar text and shared facets; never the practice itself. Empty for an unknown id.
    /// </summary>
    IReadOnlyList<SearchHit> Related(string id, int max = 5, string displayLanguage = "en") => [];

    /// <summary>
    /// Completions for what a reader has typed so far, from titles, organisation names, vocabulary labels and
    /// country names, best first; with <paramref name="language"/>, labels and names only in that interface language.
    /// Empty for a blank prefix.
    /// </summary>
    IReadOnlyList<string> Suggest(string prefix, int max = 8, string? language = null) => [];
}
