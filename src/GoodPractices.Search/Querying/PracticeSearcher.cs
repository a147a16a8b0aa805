using GoodPractices.Core.Content;
using GoodPractices.Core.Taxonomy;
using GoodPractices.Search.Contracts;
using GoodPractices.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneDirectory = Lucene.Net.Store.Directory;
using Term = Lucene.Net.Index.Term;

namespace GoodPractices.Search.Querying;

/// <summary>
/// Searches one open index version. The reader is opened once and never changes, so one
/// <see cref="IndexSearcher"/> serves every thread; each search keeps its state in its own collectors.
/// </summary>
internal sealed class PracticeSearcher : IPracticeSearcher
{
    private readonly LuceneDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly PracticeAnalyzer _analyzer = new();
    private readonly FacetOrdinals _ordinals;
    private readonly SnippetBuilder _snippets;
    private readonly HashSet<string> _sortLanguages;

    public PracticeSearcher(LuceneDirectory directory, PracticeTaxonomy taxonomy, string version)
    {
        _directory = directory;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader);
        _ordinals = new FacetOrdinals(_reader);
        _snippets = new SnippetBuilder(_analyzer);
        _sortLanguages = PracticeDocumentBuilder.SortLanguages(taxonomy).ToHashSet(StringComparer.Ordinal);
        Taxonomy = taxonomy;
        Version = version;
    }

    public string Version { get; }
    public PracticeTaxonomy Taxonomy { get; }
    public int PracticeCount => _reader.NumDocs;

    public SearchResults Search(SearchRequest request)
    {
        var notices = new List<SearchNotice>();
        var parsed = UserQueryReader.Read(request.Query);
        notices.AddRange(parsed.Notices);
        var selection = FacetSelection.Resolve(request.Filters, parsed.Filters, Taxonomy, notices);
        var years = YearRange(request.FromYear, request.ToYear, notices);
        var builder = new TextQueryBuilder(_analyzer);
        var text = builder.Build(parsed.Root);
        Query QueryWithout(FacetDimension? left) => Combine(text, years, selection, left);

        var pageSize = Math.Clamp(request.PageSize, 1, SearchRequest.MaxPageSize);
        var page = Math.Max(1, request.Page);
        var wanted = Math.Clamp((long)page * pageSize, 1, Math.Max(1, _reader.MaxDoc));
        var displayLanguage = request.DisplayLanguage ?? "en";
        var sort = SearchSorts.For(request.Sort, _sortLanguages.Contains(displayLanguage) ? displayLanguage : "en");
        var top = TopFieldCollector.Create(sort, (int)wanted, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
        var facets = new FacetCounter(_searcher, _ordinals, selection, QueryWithout);
        _searcher.Search(QueryWithout(null), MultiCollector.Wrap(top, facets.MainPass));

        var total = top.TotalHits;
        var pageCount = total == 0 ? 1 : (total + pageSize - 1) / pageSize;
        if (page > pageCount)
        {
            notices.Add(new SearchNotice(SearchNoticeKind.PageOutOfRange,
                $"There is no page {request.Page}; this is the last page, {pageCount}.", request.Page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            page = pageCount;
        }
        var hits = top.GetTopDocs((page - 1) * pageSize, pageSize).ScoreDocs
            .Select(d => Hit(d, displayLanguage, builder.Terms))
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

    public Practice? Find(string id)
    {
        if (string.IsNullOrEmpty(id)) return null;
        var top = _searcher.Search(new TermQuery(new Term(FieldNames.Id, id)), 1);
        return top.TotalHits == 0 ? null : Load(top.ScoreDocs[0].Doc);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }

    private Practice Load(int doc) => PracticeJson.Deserialize(_searcher.Doc(doc).Get(FieldNames.Source));

    private SearchHit Hit(ScoreDoc scoreDoc, string displayLanguage, HighlightTerms terms)
    {
        var practice = Load(scoreDoc.Doc);
        var text = practice.TextIn(displayLanguage);
        return new SearchHit(practice.Id, text.Title, text.Summary, text.Language, _snippets.Build(text, terms),
            practice.Countries, practice.InterventionTypes, practice.StartYear, practice.LastReviewed,
            float.IsNaN(scoreDoc.Score) ? 0f : scoreDoc.Score);
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
        return NumericRangeQuery.NewInt32Range(FieldNames.StartYear, from, to, minInclusive: true, maxInclusive: true);
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
