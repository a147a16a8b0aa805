using GoodPractices.Core.Content;
using GoodPractices.Core.Countries;
using GoodPractices.Core.Taxonomy;
using GoodPractices.Search.Contracts;
using GoodPractices.Search.Querying.Matching;
using GoodPractices.Search.Querying.Reading;
using GoodPractices.Search.Querying.Related;
using GoodPractices.Search.Querying.Suggestions;
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

    // Fewer practices than this with every word, and practices with most of them follow. Tuned on the relevance set: its
    // figures hold from 5 to 10 and fall from 12 (a typed question leaves the first three); at 5, `cost effectiveness of
    // drug courts` was answered with the six practices that say "cost", "effectiveness" and "courts" in passing, and no
    // drug court: each drug court holds three of the four words.
    private const int FewHitsForMostWords = 8;

    // The same when a place is named, where the practices counted are those from there: five of one country's therapeutic
    // communities answer `therapeutic community Italy` whole.
    private const int FewHitsFromAPlaceForMostWords = 5;

    // Searches running in this process, over any version: a search alone may share its work among the cores.
    private static int s_running;

    private readonly PracticeIndex _index;
    private readonly Spelling _spelling;
    private int _disposed;
    private readonly RelatedFinder _related;

    // Built once, under a lock, by the first search box to ask or by the warm-up.
    private readonly Lazy<SuggestionIndex> _suggestions;

    /// <param name="warmSuggestions">
    /// Build the completions in the background now rather than on the first request for them (which then waits for
    /// them): building them reads every title and label, which a reader typing into the search box should not wait for.
    /// </param>
    public PracticeSearcher(LuceneDirectory directory, PracticeTaxonomy taxonomy, string version, bool warmSuggestions = false)
    {
        _index = new PracticeIndex(directory, taxonomy);
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

    public SearchResults Search(SearchRequest request) => Answer(request, everyHit: false);

    public AllMatches SearchAll(SearchRequest request)
    {
        var results = Answer(request with { Page = 1, Snippets = false }, everyHit: true);
        return new AllMatches(results.TotalHits, results.EveryDoc.Select(_index.Load));
    }

    // A search that runs alone has the other cores to itself, and a reader waiting on it alone: its matching, its facets
    // and its passages are shared among them (SegmentMatch, SearchRun.Results). When other searches run, every core is
    // busy already, and sharing would only add the cost of handing work over.
    private SearchResults Answer(SearchRequest request, bool everyHit)
    {
        var alone = Interlocked.Increment(ref s_running) == 1;
        try
        {
            return Answer(request, everyHit, alone ? new CoreShare(Environment.ProcessorCount, MinDocsPerRange) : CoreShare.One);
        }
        finally
        {
            Interlocked.Decrement(ref s_running);
        }
    }

    /// <summary>The fewest documents of one segment worth matching on a core of their own (see <see cref="CoreShare"/>).</summary>
    internal int MinDocsPerRange { get; init; } = CoreShare.DefaultMinDocsPerRange;

    /// <summary>A search with its work shared among <paramref name="cores"/> cores, whatever else runs.</summary>
    internal SearchResults Search(SearchRequest request, int cores) => Answer(request, everyHit: false, new CoreShare(cores, MinDocsPerRange));

    // The search as a reader sees it: the query as typed, then wider readings when it finds too little. Each reading
    // is only matched and counted; the facets and the page of hits, with their passages, are read for the one that answers.
    private SearchResults Answer(SearchRequest request, bool everyHit, CoreShare share)
    {
        var parsed = UserQueryReader.Read(request.Query);
        // A reader who has not typed a space after the last word may still be typing it.
        var completeLastWord = request.Query is { Length: > 0 } typed && !char.IsWhiteSpace(typed[^1]);
        // Each reading looks its words up in the index once for all (see TermLookup).
        var terms = new TermLookup(_index.Reader);
        SearchRun Run(ParsedQuery query, bool fuzzy = false, bool mostWords = false) =>
            SearchRun.Match(_index, request, query, fuzzy, mostWords, completeLastWord, everyHit, terms, share);

        // When few practices have every word, those with most of them follow, with a notice saying so.
        (SearchRun Run, SearchNotice? Notice) WithMostWords(SearchRun strict, bool fuzzy)
        {
            var few = strict.NamesAPlace ? FewHitsFromAPlaceForMostWords : FewHitsForMostWords;
            if (strict.WithEveryWord >= few || !strict.HasMostWordsReading) return (strict, null);
            var most = Run(parsed, fuzzy, mostWords: true);
            return most.TotalHits > strict.WithEveryWord ? (most, MostWordsNotice(strict.WithEveryWord)) : (strict, null);
        }

        var run = Run(parsed);
        // What the answer says of how it was widened: words that mean the same, and most of the words.
        var added = new List<SearchNotice>(2);
        if (run.TotalHits < FewHitsForSynonyms && Synonyms.Default.Widen(parsed.Root) is var (widenedRoot, widened))
        {
            var wider = Run(parsed with { Root = widenedRoot });
            if (wider.TotalHits > run.TotalHits)
            {
                parsed = parsed with { Root = widenedRoot };
                run = wider;
                added.Add(SynonymsNotice(widened));
            }
        }
        // A word no practice uses with a close one that some do is a typing mistake: reading it as that word answers the
        // whole query, which beats answering most of it. Read so, the query is answered like any other: when few
        // practices have every word, those with most of them follow ("opiacés", French that no entry writes, is read
        // as the Portuguese "opiácea" of one practice, and the other opioid substitution practices follow it).
        var correction = run.TotalHits == 0 ? _spelling.Correct(parsed.Root) : null;
        if (correction is not null && Run(parsed, fuzzy: true) is { TotalHits: > 0 } corrected)
        {
            var (answer, fewer) = WithMostWords(corrected, fuzzy: true);
            return ShowingResultsFor(With(answer.Results(), fewer is null ? [] : [fewer]), (parsed with { Root = correction }).Typed);
        }
        (run, var most) = WithMostWords(run, fuzzy: false);
        if (most is not null) added.Add(most);
        if (run.TotalHits == 0 && Spelling.HasCorrectableWords(parsed.Root))
        {
            var forgiving = Run(parsed, fuzzy: true, mostWords: true);
            if (forgiving.TotalHits > 0)
            {
                // Where no word is close enough to name, the answer says its practices have words close to the query's,
                // rather than that it shows the results for the query as typed.
                return correction is null
                    ? With(forgiving.Results(), [CloseWordsNotice(parsed.Typed)])
                    : ShowingResultsFor(forgiving.Results(), (parsed with { Root = correction }).Typed);
            }
        }
        // A word joined by a hyphen that no practice writes ("cost-effectiveness", "ex-prisoners") is read as its words.
        if (run.TotalHits == 0 && SplitJoinedWords(request.Query) is { } split)
        {
            var apart = Answer(request with { Query = split }, everyHit, share);
            if (apart.TotalHits > 0) return ShowingResultsFor(apart, split);
        }
        var results = With(run.Results(), [.. added]);
        if (results.TotalHits < FewHits && _spelling.DidYouMean(parsed.Root) is { } suggestion)
        {
            return results with { DidYouMean = (parsed with { Root = suggestion }).Typed };
        }
        return results;
    }

    // The query with each hyphen that joins two words outside quotes made a space; null when it has none (a slash
    // between words is read as a space already, see UserQueryReader).
    internal static string? SplitJoinedWords(string? query)
    {
        if (string.IsNullOrEmpty(query)) return null;
        var chars = query.ToCharArray();
        var quoted = false;
        var changed = false;
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '"') quoted = !quoted;
            else if (!quoted && chars[i] is '-' or '\u2010' && i > 0 && i < chars.Length - 1
                && char.IsLetterOrDigit(chars[i - 1]) && char.IsLetterOrDigit(chars[i + 1]))
            {
                chars[i] = ' ';
                changed = true;
            }
        }
        return changed ? new string(chars) : null;
    }

    private static SearchResults With(SearchResults results, IReadOnlyList<SearchNotice> notices) =>
        notices.Count == 0 ? results : results with { Notices = [.. results.Notices, .. notices] };

    private static SearchResults ShowingResultsFor(SearchResults forgiving, string corrected) => forgiving with
    {
        ShowingResultsFor = corrected,
        Notices = [.. forgiving.Notices, new SearchNotice(SearchNoticeKind.ShowingResultsFor, $"Nothing matched exactly; showing results for {corrected}.", corrected)],
    };

    private static SearchNotice CloseWordsNotice(string typed) =>
        new(SearchNoticeKind.CloseWords, $"Nothing matched {typed} exactly; these practices have words close to it.", typed);

    private static SearchNotice MostWordsNotice(int withEveryWord) => withEveryWord switch
    {
        0 => new SearchNotice(SearchNoticeKind.MostWords, "No practice has all of your words; these have most of them.", "0"),
        1 => new SearchNotice(SearchNoticeKind.MostWords, "Only 1 practice has all of your words; practices with most of them follow.", "1"),
        _ => new SearchNotice(SearchNoticeKind.MostWords,
            $"Only {withEveryWord} practices have all of your words; practices with most of them follow.",
            withEveryWord.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    };

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

    public IReadOnlyList<string> Suggest(string prefix, int max = 8, string? language = null) => _suggestions.Value.Suggest(prefix, max, language);

    // The web host may retire a version from two paths at once (a swap and shutdown); closing twice must be harmless.
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0) _index.Dispose();
    }
}
