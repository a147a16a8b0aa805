using GoodPractices.Search.Contracts;
using GoodPractices.Search.Indexing;
using GoodPractices.Search.Querying.Facets;
using GoodPractices.Search.Querying.Reading;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GoodPractices.Search.Querying.Matching;

/// <summary>
/// One execution of a query plan. The query runs once over the whole index with Lucene's own searcher: every match
/// goes into a bit set for the facet counts, and those within the reader's filters into Lucene's top-hits collector,
/// by BM25 score with the most recently reviewed first among equals. The year range, the facet selections and every
/// drill-sideways count are intersections and overlaps of bit sets built when the index was opened.
/// </summary>
internal static class SearchRun
{
    private static readonly Sort ByScoreThenReviewed = new(SortField.FIELD_SCORE, new SortField(FieldNames.LastReviewed, SortFieldType.INT64, reverse: true));

    /// <param name="mostWords">Match most of the plain words rather than all of them (see <see cref="QueryPlan.MostWords"/>).</param>
    /// <param name="withEveryWord">
    /// How many of the hits have every word and are from every place named: the practices that answer the whole query.
    /// </param>
    /// <param name="everyHit">Rank every hit rather than one page, for an export; no page of hits is read.</param>
    public static SearchResults Execute(PracticeIndex index, SearchRequest request, ParsedQuery parsed, bool fuzzy, bool mostWords,
        bool completeLastWord, out int withEveryWord, bool everyHit = false)
    {
        var notices = new List<SearchNotice>(parsed.Notices);
        var selection = FacetSelection.Resolve(request.Filters, parsed.Filters, index.Taxonomy, notices);
        var years = YearRange(request.FromYear, request.ToYear, notices);
        var builder = new TextQueryBuilder(index.Analyzer, index.Places, fuzzy);
        var plan = builder.Plan(parsed.Root, completeLastWord);
        var text = mostWords ? plan.MostWords ?? plan.Strict : plan.Strict;
        var tables = index.Tables;
        var byScore = request.Sort == SearchSort.Relevance && text is not null;

        // Everything but the facet selections: the year range applies to every count.
        FixedBitSet? inYears = null;
        if (years is var (from, to))
        {
            inYears = tables.Live.Clone();
            KeepYears(inYears, tables.StartYears, from, to);
        }
        var filters = selection.Dimensions.ToDictionary(d => d, d => index.Ordinals[d].DocsWithAny(selection[d], tables.MaxDoc));
        var accepted = inYears is null && filters.Count == 0 ? null : DocSets.Intersect(inYears ?? tables.Live, filters.Values);

        var pageSize = Math.Clamp(request.PageSize, 1, SearchRequest.MaxPageSize);
        var page = everyHit ? 1 : Math.Max(1, request.Page);
        TopDocs? top = null;
        FixedBitSet matched;
        if (text is null)
        {
            matched = tables.Live;
        }
        else
        {
            var topCollector = byScore
                ? TopFieldCollector.Create(ByScoreThenReviewed, everyHit ? Math.Max(1, tables.MaxDoc) : Math.Min(page * pageSize, Math.Max(1, tables.MaxDoc)), fillFields: false,
                    trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false)
                : null;
            var collector = new MatchCollector(tables.MaxDoc, accepted, topCollector);
            index.Searcher.Search(text, collector);
            matched = collector.Docs;
            top = topCollector?.GetTopDocs();
        }
        var unfiltered = inYears is null ? matched : DocSets.Intersect(matched, [inYears]);
        var hits = DocSets.Intersect(unfiltered, filters.Values);
        var total = hits.Cardinality;
        withEveryWord = total;
        if (!mostWords)
        {
            foreach (var place in plan.Places)
            {
                withEveryWord = DocSets.IntersectionCount(hits, index.Ordinals[place.Dimension].DocsWithAny(place.Values, tables.MaxDoc));
            }
        }

        var facets = FacetDimension.All.Select(dimension =>
        {
            // Drill-sideways: a dimension with a selection is counted with every other dimension's selection but not its own.
            var docs = filters.ContainsKey(dimension)
                ? DocSets.Intersect(unfiltered, filters.Where(f => f.Key != dimension).Select(f => f.Value))
                : hits;
            return Facet(dimension, index.Ordinals[dimension], docs, docs == hits ? total : docs.Cardinality, selection);
        }).ToList();

        var pageCount = total == 0 ? 1 : (total + pageSize - 1) / pageSize;
        if (page > pageCount && !everyHit)
        {
            notices.Add(new SearchNotice(SearchNoticeKind.PageOutOfRange,
                $"There is no page {request.Page}; this is the last page, {pageCount}.",
                request.Page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            page = pageCount;
            if (byScore) top = index.Searcher.Search(text!, accepted is null ? null : new DocSetFilter(accepted), page * pageSize, ByScoreThenReviewed, doDocScores: true, doMaxScore: false);
        }

        var displayLanguage = request.DisplayLanguage ?? "en";
        var wanted = everyHit ? total : (int)Math.Min((long)page * pageSize, total);
        int[] ranked;
        float[]? scores = null;
        if (byScore)
        {
            ranked = top!.ScoreDocs.Select(d => d.Doc).ToArray();
            scores = top.ScoreDocs.Select(d => d.Score).ToArray();
        }
        else
        {
            ranked = Ranking.ByOrder(hits, total, tables.Order(request.Sort, index.SortLanguage(displayLanguage)), wanted);
        }

        var first = Math.Min((page - 1) * pageSize, ranked.Length);
        var pageDocs = everyHit ? [] : ranked[first..Math.Min(ranked.Length, first + pageSize)];
        var missing = mostWords && plan.Words.Count > 1 ? MissingWords.Of(index.Searcher, plan.Words, pageDocs) : null;
        var pageHits = pageDocs
            .Select((doc, i) => index.Hit(index.LoadHit(doc, prose: request.Snippets && !plan.Terms.IsEmpty), scores?[first + i] ?? float.NaN,
                displayLanguage, request.Snippets ? plan.Terms : null) with { MissingWords = missing?[i] ?? [] })
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
            EveryDoc = everyHit ? ranked : [],
            Places = [.. plan.Places
                .Where(p => !p.Values.All(selection[p.Dimension].Contains))
                .Select(p => new PlaceFilter(p.Dimension.Name, p.Values))],
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
