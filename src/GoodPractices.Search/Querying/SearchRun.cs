using GoodPractices.Search.Contracts;
using Lucene.Net.Util;

namespace GoodPractices.Search.Querying;

/// <summary>
/// One execution of a parsed query. The words are matched once, over the whole index, into a bit set; the year
/// range, the facet selections and every drill-sideways count are then intersections and overlaps of bit sets
/// built when the index was opened, and a page of hits is read off a precomputed order (or the best scores).
/// </summary>
internal static class SearchRun
{
    /// <summary>How many of the best hits are re-ranked with the bonus for words that stand together.</summary>
    public const int RescoreWindow = 50;

    public static SearchResults Execute(PracticeIndex index, SearchRequest request, ParsedQuery parsed, bool fuzzy)
    {
        var notices = new List<SearchNotice>(parsed.Notices);
        var selection = FacetSelection.Resolve(request.Filters, parsed.Filters, index.Taxonomy, notices);
        var years = YearRange(request.FromYear, request.ToYear, notices);
        var builder = new TextQueryBuilder(index.Analyzer, fuzzy);
        var text = builder.Build(parsed.Root);
        var tables = index.Tables;
        var byScore = request.Sort == SearchSort.Relevance && text is not null;

        // The words are matched once per distinct query and kept for the next searches that only change filters,
        // page or order. Only a search ranked by relevance re-ranks with the proximity bonus, which skips fields by
        // the term counts found while matching.
        TextMatches Collect() =>
            TextMatches.Collect(index.Searcher, text, score: byScore, index.Norms, byScore ? new Dictionary<Lucene.Net.Index.Term, int>() : null);
        using var matches = text is null ? null : index.Matches?.GetOrCollect(text.ToString(), byScore, Collect) ?? Collect();
        // Everything but the facet selections: the year range applies to every count. (The matched set is shared.)
        var unfiltered = matches?.Docs ?? tables.Live;
        if (years is var (from, to))
        {
            unfiltered = unfiltered.Clone();
            KeepYears(unfiltered, tables.StartYears, from, to);
        }
        var filters = selection.Dimensions.ToDictionary(d => d, d => index.Ordinals[d].DocsWithAny(selection[d], tables.MaxDoc));
        var hits = DocSets.Intersect(unfiltered, filters.Values);
        var total = hits.Cardinality;

        var facets = FacetDimension.All.Select(dimension =>
        {
            // Drill-sideways: a dimension with a selection is counted with every other dimension's selection but not its own.
            var docs = filters.ContainsKey(dimension)
                ? DocSets.Intersect(unfiltered, filters.Where(f => f.Key != dimension).Select(f => f.Value))
                : hits;
            return Facet(dimension, index.Ordinals[dimension], docs, docs == hits ? total : docs.Cardinality, selection);
        }).ToList();

        var pageSize = Math.Clamp(request.PageSize, 1, SearchRequest.MaxPageSize);
        var page = Math.Max(1, request.Page);
        var pageCount = total == 0 ? 1 : (total + pageSize - 1) / pageSize;
        if (page > pageCount)
        {
            notices.Add(new SearchNotice(SearchNoticeKind.PageOutOfRange,
                $"There is no page {request.Page}; this is the last page, {pageCount}.",
                request.Page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            page = pageCount;
        }

        var displayLanguage = request.DisplayLanguage ?? "en";
        var order = tables.Order(request.Sort, index.SortLanguage(displayLanguage));
        var wanted = (int)Math.Min((long)page * pageSize, total);
        int[] ranked;
        float[]? scores = null;
        if (byScore)
        {
            var bonus = total > 1 ? builder.ProximityBonus(parsed.Root, matches!.DocFreqs) : null;
            ranked = Ranking.ByScore(hits, matches!.Scores!, order, bonus is null ? wanted : Math.Max(wanted, Math.Min(RescoreWindow, total)));
            scores = Array.ConvertAll(ranked, d => matches.Scores![d]);
            if (bonus is not null)
            {
                // The bonus only reorders the best hits; the rest keep their order, after them.
                var best = ranked[..Math.Min(RescoreWindow, ranked.Length)];
                var bestScores = scores[..best.Length];
                Ranking.Rescore(index.Searcher, bonus, best, bestScores, order);
                best.CopyTo(ranked, 0);
                bestScores.CopyTo(scores, 0);
            }
        }
        else
        {
            ranked = Ranking.ByOrder(hits, total, order, wanted);
        }

        var first = Math.Min((page - 1) * pageSize, ranked.Length);
        var pageHits = Enumerable.Range(first, Math.Min(pageSize, ranked.Length - first))
            .Select(i => index.Hit(index.LoadHit(ranked[i], prose: request.Snippets && !builder.Terms.IsEmpty), scores?[i] ?? float.NaN,
                displayLanguage, request.Snippets ? builder.Terms : null))
            .ToList();

        return new SearchResults
        {
            TotalHits = total,
            Page = page,
            PageSize = pageSize,
            Hits = pageHits,
            Facets = facets,
            Query = new QueryInterpretation(request.Query ?? "", parsed.Understood, parsed.ReadAsPlainWords),
            Notices = notices,
        };
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
