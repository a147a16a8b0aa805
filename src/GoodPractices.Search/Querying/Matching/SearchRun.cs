using GoodPractices.Search.Contracts;
using GoodPractices.Search.Indexing;
using GoodPractices.Search.Querying.Facets;
using GoodPractices.Search.Querying.Reading;
using GoodPractices.Search.Querying.Snippets;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GoodPractices.Search.Querying.Matching;

/// <summary>
/// One execution of a query plan, in two steps. <see cref="Match"/> runs the query once over the whole index with
/// Lucene's own searcher: every match goes into a bit set for the facet counts, and those within the reader's filters
/// into Lucene's top-hits collector, by BM25 score with the most recently reviewed first among equals. That is all a
/// search needs to decide whether to try a wider reading. <see cref="Results"/> then counts the facets and reads the
/// page of hits with their passages, for the one run that answers. The year range, the facet selections and every
/// drill-sideways count are intersections and overlaps of bit sets built when the index was opened.
/// </summary>
internal sealed class SearchRun
{
    private static readonly Sort ByScoreThenReviewed = new(SortField.FIELD_SCORE, new SortField(FieldNames.LastReviewed, SortFieldType.INT64, reverse: true));

    private readonly PracticeIndex _index;
    private readonly SearchRequest _request;
    private readonly ParsedQuery _parsed;
    private readonly QueryPlan _plan;
    private readonly Query? _text;
    private readonly bool _mostWords;
    private readonly bool _everyHit;
    private readonly bool _byScore;
    private readonly CoreShare _share;
    private readonly List<SearchNotice> _notices;
    private readonly FacetSelection _selection;
    private readonly Dictionary<FacetDimension, FixedBitSet> _filters;
    private readonly FixedBitSet? _accepted;
    private readonly FixedBitSet _unfiltered;
    private readonly FixedBitSet _hits;
    private readonly TopDocs? _top;

    /// <summary>
    /// How many of the best matches gain the bonus for words standing together (<see cref="QueryPlan.Together"/>): every
    /// match in a corpus of this size or smaller; in a larger one, the matches that can reach the first ten pages. The
    /// window does not depend on the page asked for, so every page, and an export, is a slice of one order.
    /// </summary>
    internal const int TogetherWindow = 200;

    private Query? Together => _mostWords ? null : _plan.Together;

    private SearchRun(PracticeIndex index, SearchRequest request, ParsedQuery parsed, bool fuzzy, bool mostWords, bool completeLastWord, bool everyHit,
        TermLookup terms, CoreShare share)
    {
        _index = index;
        _share = share;
        _request = request;
        _parsed = parsed;
        _mostWords = mostWords;
        _everyHit = everyHit;
        _notices = new List<SearchNotice>(parsed.Notices);
        _selection = FacetSelection.Resolve(request.Filters, parsed.Filters, index.Taxonomy, _notices);
        var years = YearRange(request.FromYear, request.ToYear, _notices);
        var builder = new TextQueryBuilder(index.Analyzer, index.Places, fuzzy) { Translations = index.Translations, Lookup = terms };
        _plan = builder.Plan(parsed.Root, completeLastWord);
        _text = mostWords ? _plan.MostWords ?? _plan.Strict : _plan.Strict;
        var tables = index.Tables;
        _byScore = request.Sort == SearchSort.Relevance && _text is not null;

        // Everything but the facet selections: the year range applies to every count.
        FixedBitSet? inYears = null;
        if (years is var (from, to))
        {
            inYears = tables.Live.Clone();
            KeepYears(inYears, tables.StartYears, from, to);
        }
        _filters = _selection.Dimensions.ToDictionary(d => d, d => index.Ordinals[d].DocsWithAny(_selection[d], tables.MaxDoc));
        _accepted = inYears is null && _filters.Count == 0 ? null : DocSets.Intersect(inYears ?? tables.Live, _filters.Values);

        FixedBitSet matched;
        if (_text is null)
        {
            matched = tables.Live;
        }
        else
        {
            (matched, _top) = SegmentMatch.Run(index.Searcher, index.Reader, _text, _accepted, _byScore ? ByScoreThenReviewed : null,
                FirstPassSize(everyHit ? tables.MaxDoc : Page * PageSize), share);
        }
        _unfiltered = inYears is null ? matched : DocSets.Intersect(matched, [inYears]);
        _hits = DocSets.Intersect(_unfiltered, _filters.Values);
        TotalHits = _hits.Cardinality;
        WithEveryWord = TotalHits;
        if (!mostWords && _plan.Places.Count > 0)
        {
            // Practices from any place named. A place no practice is from ("drug courts Canada") leaves the practices
            // with every other word as the answer: no wider reading can find one from there.
            FixedBitSet? fromPlaces = null;
            foreach (var (place, _) in _plan.Places)
            {
                var fromPlace = index.Ordinals[place.Dimension].DocsWithAny(place.Values, tables.MaxDoc);
                if (fromPlace.Cardinality == 0) continue;
                if (fromPlaces is null) fromPlaces = fromPlace;
                else fromPlaces.Or(fromPlace);
            }
            if (fromPlaces is not null)
            {
                // Practices of no country whose own text names the place count as from there (QueryPlan.FromNoCountry).
                if (_plan.FromNoCountry is { } noCountry)
                {
                    fromPlaces.Or(SegmentMatch.Run(index.Searcher, index.Reader, noCountry, share: share).Docs);
                }
                WithEveryWord = DocSets.IntersectionCount(_hits, fromPlaces);
            }
        }
    }

    /// <summary>Runs the query; the facets and the page of hits are left for <see cref="Results"/>.</summary>
    /// <param name="mostWords">Match most of the plain words rather than all of them (see <see cref="QueryPlan.MostWords"/>).</param>
    /// <param name="everyHit">Rank every hit rather than one page, for an export; no page of hits is read.</param>
    /// <param name="terms">The search's term lookups, shared by all its runs (see <see cref="TermLookup"/>).</param>
    /// <param name="share">How many cores the run may share its work among: the matching of one segment, the facets and the page's passages.</param>
    public static SearchRun Match(PracticeIndex index, SearchRequest request, ParsedQuery parsed, bool fuzzy, bool mostWords,
        bool completeLastWord, bool everyHit, TermLookup terms, CoreShare share) =>
        new(index, request, parsed, fuzzy, mostWords, completeLastWord, everyHit, terms, share);

    /// <summary>How many practices match, within the reader's filters.</summary>
    public int TotalHits { get; }

    /// <summary>
    /// Whether the query has a most-words reading (<see cref="QueryPlan.MostWords"/>): two or more plain words or places.
    /// A query of one word, of places only, or of required parts only has none.
    /// </summary>
    public bool HasMostWordsReading => _plan.MostWords is not null;

    /// <summary>Whether the query names a place (<see cref="QueryPlan.Places"/>).</summary>
    public bool NamesAPlace => _plan.Places.Count > 0;

    /// <summary>How many of the hits have every word and are from every place named: the practices that answer the whole query.</summary>
    public int WithEveryWord { get; }

    private int PageSize => Math.Clamp(_request.PageSize, 1, SearchRequest.MaxPageSize);
    private int Page => _everyHit ? 1 : Math.Max(1, _request.Page);

    /// <summary>The answer of this run: its facet counts, its page of hits with their passages, and its notices.</summary>
    public SearchResults Results()
    {
        var tables = _index.Tables;
        var notices = new List<SearchNotice>(_notices);
        var total = TotalHits;
        var top = _top;
        var pageSize = PageSize;
        var page = Page;

        // An export reads every hit and no facet.
        List<FacetResult> CountFacets() => _everyHit ? [] : FacetDimension.All.Select(dimension =>
        {
            // Drill-sideways: a dimension with a selection is counted with every other dimension's selection but not its own.
            var docs = _filters.ContainsKey(dimension)
                ? DocSets.Intersect(_unfiltered, _filters.Where(f => f.Key != dimension).Select(f => f.Value))
                : _hits;
            return Facet(dimension, _index.Ordinals[dimension], docs, docs == _hits ? total : docs.Cardinality, _selection);
        }).ToList();
        // The facets do not depend on the order of the hits: with a core to spare, they are counted while the page is read.
        var facets = _share.Cores > 1 && !_everyHit ? Task.Run(CountFacets) : Task.FromResult(CountFacets());

        var pageCount = total == 0 ? 1 : (total + pageSize - 1) / pageSize;
        if (page > pageCount && !_everyHit)
        {
            notices.Add(new SearchNotice(SearchNoticeKind.PageOutOfRange,
                $"There is no page {_request.Page}; this is the last page, {pageCount}.",
                _request.Page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            page = pageCount;
            if (_byScore) top = _index.Searcher.Search(_text!, _accepted is null ? null : new DocSetFilter(_accepted), FirstPassSize(page * pageSize), ByScoreThenReviewed, doDocScores: true, doMaxScore: false);
        }
        if (_byScore && Together is not null) top = WithWordsTogether(top!);

        var displayLanguage = _request.DisplayLanguage ?? "en";
        var wanted = _everyHit ? total : (int)Math.Min((long)page * pageSize, total);
        int[] ranked;
        float[]? scores = null;
        if (_byScore)
        {
            ranked = top!.ScoreDocs.Select(d => d.Doc).ToArray();
            scores = top.ScoreDocs.Select(d => d.Score).ToArray();
        }
        else
        {
            ranked = Ranking.ByOrder(_hits, total, tables.Order(_request.Sort, _index.SortLanguage(displayLanguage)), wanted);
        }

        var first = Math.Min((page - 1) * pageSize, ranked.Length);
        var pageDocs = _everyHit ? [] : ranked[first..Math.Min(ranked.Length, first + pageSize)];
        var missing = _mostWords && _plan.Words.Count > 1 ? MissingWords.Of(_index.Searcher, _plan.Words, pageDocs) : null;
        var pageHits = new SearchHit[pageDocs.Length];
        var next = -1;
        // Each core takes the next hit not yet taken, with its own lookups of which words a practice holds (they keep
        // term cursors, which serve one thread).
        void ReadHits()
        {
            var words = new WordsInPractices(_index.Reader);
            for (var i = Interlocked.Increment(ref next); i < pageDocs.Length; i = Interlocked.Increment(ref next))
            {
                pageHits[i] = _index.Hit(pageDocs[i], scores?[first + i] ?? float.NaN, displayLanguage, _request.Snippets ? _plan.Terms : null, words)
                    with { MissingWords = missing?[i] ?? [] };
            }
        }
        // A passage is most of a hit's cost: a page with passages shares them among the cores.
        if (_share.Cores > 1 && _request.Snippets && _text is not null && pageDocs.Length > 1) CoreShare.Each(Math.Min(_share.Cores, pageDocs.Length), _ => ReadHits());
        else ReadHits();

        return new SearchResults
        {
            TotalHits = total,
            Page = page,
            PageSize = pageSize,
            Hits = pageHits,
            Facets = facets.GetAwaiter().GetResult(),
            Query = new QueryInterpretation(_request.Query ?? "", _parsed.Understood, _parsed.ReadAsPlainWords),
            Notices = notices,
            EveryDoc = _everyHit ? ranked : [],
            Places = [.. _plan.Places
                .Where(p => !p.Place.Values.All(_selection[p.Place.Dimension].Contains))
                .Select(p => new PlaceFilter(p.Place.Dimension.Name, p.Place.Values) { Name = p.Name })],
        };
    }

    // The hits a page needs, and at least the window of best matches that gain the bonus for words together.
    private int FirstPassSize(int wanted) =>
        Math.Max(1, Math.Min(Together is null ? wanted : Math.Max(wanted, TogetherWindow), _index.Tables.MaxDoc));

    /// <summary>
    /// The first pass's best <see cref="TogetherWindow"/> matches with the bonus for words standing together added to
    /// their scores, in order again (highest score first, the most recently reviewed first among equals), and the
    /// matches after them in the first pass's order: none of those scores higher, since the bonus only adds. This is
    /// what Lucene's <c>QueryRescorer</c> does, which cannot be used as it is: it fails on a segment where the bonus
    /// matches nothing, and on no hits.
    /// </summary>
    private TopDocs WithWordsTogether(TopDocs first)
    {
        var hits = first.ScoreDocs.Select(d => new ScoreDoc(d.Doc, d.Score)).ToArray();
        var window = hits.AsSpan(0, Math.Min(hits.Length, TogetherWindow));
        if (window.IsEmpty) return first;
        window.Sort((a, b) => a.Doc.CompareTo(b.Doc));
        var weight = _index.Searcher.CreateNormalizedWeight(Together!);
        var leaves = _index.Reader.Leaves;
        Scorer? scorer = null;
        var leaf = -1;
        var end = 0;
        for (var i = 0; i < window.Length; i++)
        {
            var hit = window[i];
            if (hit.Doc >= end)
            {
                do end = leaves[++leaf].DocBase + leaves[leaf].Reader.MaxDoc; while (hit.Doc >= end);
                // The scorer sees only the window's documents of this segment: a phrase scorer moved to a document
                // where its words do not stand together goes on to the next one where they do, reading the word
                // positions of every document between, which took a third of `drug treatment court`.
                var inWindow = new FixedBitSet(leaves[leaf].Reader.MaxDoc);
                for (var j = i; j < window.Length && window[j].Doc < end; j++) inWindow.Set(window[j].Doc - leaves[leaf].DocBase);
                scorer = weight.GetScorer(leaves[leaf], inWindow);
            }
            if (scorer is null) continue;
            var target = hit.Doc - leaves[leaf].DocBase;
            var at = scorer.DocID < target ? scorer.Advance(target) : scorer.DocID;
            if (at == target) hit.Score += scorer.GetScore();
        }
        var tables = _index.Tables;
        window.Sort((a, b) =>
        {
            var c = b.Score.CompareTo(a.Score);
            if (c == 0) c = tables.Reviewed(b.Doc).CompareTo(tables.Reviewed(a.Doc));
            return c != 0 ? c : a.Doc.CompareTo(b.Doc);
        });
        return new TopDocs(first.TotalHits, hits, hits[0].Score);
    }

    private static FacetResult Facet(FacetDimension dimension, DimensionOrdinals ordinals, FixedBitSet docs, int count, FacetSelection selection)
    {
        var counts = ordinals.Count(docs, count);
        var selected = selection[dimension];
        var values = new List<FacetValue>();
        for (var ordinal = 0; ordinal < counts.Length; ordinal++)
        {
            if (counts[ordinal] > 0) values.Add(new FacetValue(ordinals.Labels[ordinal], counts[ordinal], selected.Contains(ordinals.Labels[ordinal])));
        }
        // A selected value stays visible even when nothing has it any more, so the reader can take it off.
        foreach (var value in selected)
        {
            if (!values.Any(v => v.Value == value)) values.Add(new FacetValue(value, 0, Selected: true));
        }
        values.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Value, b.Value));
        return new FacetResult(dimension.Name, values);
    }

    private static (int From, int To)? YearRange(int? from, int? to, List<SearchNotice> notices)
    {
        if (from is null && to is null) return null;
        if (from > to)
        {
            notices.Add(new SearchNotice(SearchNoticeKind.InvalidYearRange,
                $"The years were the wrong way round; showing {to} to {from}.", $"{from}-{to}"));
            (from, to) = (to, from);
        }
        return (from ?? int.MinValue, to ?? int.MaxValue);
    }

    private static void KeepYears(FixedBitSet docs, int[] startYears, int from, int to) =>
        DocSets.ForEach(docs, doc =>
        {
            // Clearing the bit being visited is safe: the walk reads each word of the set before visiting its bits.
            if (startYears[doc] < from || startYears[doc] > to) docs.Clear(doc);
        });
}
