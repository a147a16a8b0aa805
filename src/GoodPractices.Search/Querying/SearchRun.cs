using GoodPractices.Search.Contracts;
using Lucene.Net.Search;

namespace GoodPractices.Search.Querying;

/// <summary>One execution of a parsed query: filters, the main pass with hits and facet counts, the page of hits.</summary>
internal static class SearchRun
{
    public static SearchResults Execute(PracticeIndex index, SearchRequest request, ParsedQuery parsed, bool fuzzy)
    {
        var notices = new List<SearchNotice>(parsed.Notices);
        var selection = FacetSelection.Resolve(request.Filters, parsed.Filters, index.Taxonomy, notices);
        var years = YearRange(request.FromYear, request.ToYear, notices);
        var builder = new TextQueryBuilder(index.Analyzer, fuzzy);
        var text = builder.Build(parsed.Root);
        Query QueryWithout(FacetDimension? left) => Combine(text, years, selection, left);

        var pageSize = Math.Clamp(request.PageSize, 1, SearchRequest.MaxPageSize);
        var page = Math.Max(1, request.Page);
        // Never ask the collector for more slots than there are documents, whatever page was asked for.
        var wanted = (int)Math.Clamp((long)page * pageSize, 1, Math.Max(1, index.Reader.MaxDoc));
        var displayLanguage = request.DisplayLanguage ?? "en";
        var sort = SearchSorts.For(request.Sort, index.SortLanguage(displayLanguage));
        var top = TopFieldCollector.Create(sort, wanted, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
        var facets = new FacetCounter(index.Searcher, index.Ordinals, selection, QueryWithout);
        index.Searcher.Search(QueryWithout(null), MultiCollector.Wrap(top, facets.MainPass));

        var total = top.TotalHits;
        var pageCount = total == 0 ? 1 : (total + pageSize - 1) / pageSize;
        if (page > pageCount)
        {
            notices.Add(new SearchNotice(SearchNoticeKind.PageOutOfRange,
                $"There is no page {request.Page}; this is the last page, {pageCount}.",
                request.Page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            page = pageCount;
        }
        var hits = top.GetTopDocs((page - 1) * pageSize, pageSize).ScoreDocs
            .Select(d => index.Hit(index.Load(d.Doc), d.Score, displayLanguage, builder.Terms))
            .ToList();

        return new SearchResults
        {
            TotalHits = total,
            Page = page,
            PageSize = pageSize,
            Hits = hits,
            Facets = facets.Results(),
            Query = new QueryInterpretation(request.Query ?? "", parsed.Understood, parsed.ReadAsPlainWords),
            Notices = notices,
        };
    }

    private static Query? YearRange(int? from, int? to, List<SearchNotice> notices)
    {
        if (from is null && to is null) return null;
        if (from > to)
        {
            notices.Add(new SearchNotice(SearchNoticeKind.InvalidYearRange,
                $"The years were the wrong way round; showing {to} to {from}.", $"{from}-{to}"));
            (from, to) = (to, from);
        }
        return NumericRangeQuery.NewInt32Range(Indexing.FieldNames.StartYear, from, to, minInclusive: true, maxInclusive: true);
    }

    private static Query Combine(Query? text, Query? years, FacetSelection selection, FacetDimension? leftOut)
    {
        var filter = new BooleanQuery();
        if (years is not null) filter.Add(years, Occur.MUST);
        foreach (var dimension in selection.Dimensions.Where(d => d != leftOut))
        {
            filter.Add(selection.FilterFor(dimension), Occur.MUST);
        }
        var query = text ?? new MatchAllDocsQuery();
        return filter.Clauses.Count == 0 ? query : new FilteredQuery(query, new QueryWrapperFilter(filter));
    }
}
