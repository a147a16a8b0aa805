using GoodPractices.Core.Content;
using GoodPractices.Core.Countries;
using GoodPractices.Core.Taxonomy;
using GoodPractices.Search.Contracts;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace GoodPractices.Search.Querying;

/// <summary>
/// Searches one open index version. The reader is opened once and never changes, so one searcher serves every
/// thread; each search keeps its own state in its own collectors.
/// </summary>
internal sealed class PracticeSearcher : IPracticeSearcher
{
    // Fewer hits than this and a much more common spelling is offered as "Did you mean ...".
    private const int FewHits = 3;

    // Fewer hits than this and words are also looked for as the words that mean the same.
    private const int FewHitsForSynonyms = 5;

    private readonly PracticeIndex _index;
    private readonly Spelling _spelling;
    private int _disposed;
    private readonly RelatedFinder _related;

    // Built once, under a lock, by the first search box to ask or by the warm-up.
    private readonly Lazy<SuggestionIndex> _suggestions;

    /// <param name="warmSuggestions">
    /// Build the completions in the background now rather than on the first request for them (which then waits for
    /// them): seconds at 100,000 practices, which a reader typing into the search box should not wait.
    /// </param>
    /// <param name="cacheMatches">Keep the matches of recent queries (see <see cref="TextMatchCache"/>).</param>
    public PracticeSearcher(LuceneDirectory directory, PracticeTaxonomy taxonomy, string version, bool warmSuggestions = false,
        bool cacheMatches = true)
    {
        _index = new PracticeIndex(directory, taxonomy, cacheMatches);
        _spelling = new Spelling(_index.Terms, _index.Analyzer);
        _related = new RelatedFinder(_index);
        _suggestions = new Lazy<SuggestionIndex>(() => new SuggestionIndex(_index.CompletionTexts(), _index.FacetUsage(), taxonomy));
        Version = version;
        if (warmSuggestions) ThreadPool.QueueUserWorkItem(_ => WarmSuggestions());
    }

    private void WarmSuggestions()
    {
        try
        {
            _ = _suggestions.Value;
        }
        catch (Exception)
        {
            // Either the version was closed while its completions were being built, and nobody will ask for them,
            // or building them failed: the lazy value keeps the error for the first request to report. A failure
            // here must not take the process down with it.
        }
    }

    public string Version { get; }
    public IReadOnlyDictionary<string, CountryContext> CountryContexts { get; init; } = new Dictionary<string, CountryContext>();
    public PracticeTaxonomy Taxonomy => _index.Taxonomy;
    public int PracticeCount => _index.Reader.NumDocs;

    public SearchResults Search(SearchRequest request)
    {
        var parsed = UserQueryReader.Read(request.Query);
        var results = SearchRun.Execute(_index, request, parsed, fuzzy: false);
        if (results.TotalHits < FewHitsForSynonyms && Synonyms.Default.Widen(parsed.Root) is var (widenedRoot, widened))
        {
            var wider = SearchRun.Execute(_index, request, parsed with { Root = widenedRoot }, fuzzy: false);
            if (wider.TotalHits > results.TotalHits)
            {
                results = wider with { Notices = [.. wider.Notices, SynonymsNotice(widened)] };
            }
        }
        if (results.TotalHits == 0 && Spelling.HasCorrectableWords(parsed.Root))
        {
            var forgiving = SearchRun.Execute(_index, request, parsed, fuzzy: true);
            if (forgiving.TotalHits > 0)
            {
                var corrected = _spelling.Correct(parsed.Root) is { } root ? (parsed with { Root = root }).Typed : null;
                var message = corrected is null
                    ? "Nothing matched exactly; showing results for similar spellings."
                    : $"Nothing matched exactly; showing results for {corrected}.";
                return forgiving with
                {
                    ShowingResultsFor = corrected,
                    Notices = [.. forgiving.Notices, new SearchNotice(SearchNoticeKind.ShowingResultsFor, message, corrected)],
                };
            }
        }
        if (results.TotalHits < FewHits && _spelling.DidYouMean(parsed.Root) is { } suggestion)
        {
            return results with { DidYouMean = (parsed with { Root = suggestion }).Typed };
        }
        return results;
    }

    private static SearchNotice SynonymsNotice(IReadOnlyList<(string Word, IReadOnlyList<string> Synonyms)> widened)
    {
        static string List(IEnumerable<string> items, string conjunction)
        {
            var all = items.Distinct().ToList();
            return all.Count == 1 ? all[0] : $"{string.Join(", ", all[..^1])} {conjunction} {all[^1]}";
        }
        var message = $"Few practices matched {List(widened.Select(w => w.Word), "and")} as typed, so practices that say "
            + $"{List(widened.SelectMany(w => w.Synonyms), "or")} are included. Put a word in quotes to search for it alone.";
        var detail = string.Join("; ", widened.Select(w => $"{w.Word}: {string.Join(", ", w.Synonyms)}").Distinct());
        return new SearchNotice(SearchNoticeKind.IncludingSynonyms, message, detail);
    }

    public Practice? Find(string id) => _index.DocumentOf(id) is { } doc ? _index.Load(doc) : null;

    public IReadOnlyList<SearchHit> Related(string id, int max = 5, string displayLanguage = "en") =>
        _related.Find(id, max, displayLanguage ?? "en");

    public IReadOnlyList<string> Suggest(string prefix, int max = 8) => _suggestions.Value.Suggest(prefix, max);

    // The web host may retire a version from two paths at once (a swap and shutdown); closing twice must be harmless.
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0) _index.Dispose();
    }
}
