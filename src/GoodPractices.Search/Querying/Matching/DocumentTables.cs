using System.Collections.Concurrent;
using GoodPractices.Search.Contracts;
using GoodPractices.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace GoodPractices.Search.Querying.Matching;

/// <summary>
/// Per-document values of one open reader copied once into flat arrays: which documents are live, each one's
/// start year, and the order of every document under each sort. A search then filters by year, and pages through
/// any sort, with array reads and no doc-values calls and no comparisons of all hits.
/// </summary>
internal sealed class DocumentTables
{
    private readonly long[] _reviewed;
    private readonly Dictionary<string, int[]> _titleOrdinals = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(SearchSort, string), Lazy<DocumentOrder>> _orders = new();

    public DocumentTables(IndexReader reader, IEnumerable<string> sortLanguages)
    {
        MaxDoc = reader.MaxDoc;
        Live = new FixedBitSet(MaxDoc);
        var liveDocs = MultiFields.GetLiveDocs(reader);
        for (var doc = 0; doc < MaxDoc; doc++)
        {
            if (liveDocs is null || liveDocs.Get(doc)) Live.Set(doc);
        }
        LiveCount = Live.Cardinality;
        StartYears = Numbers(reader, FieldNames.StartYearValue).Select(v => (int)v).ToArray();
        _reviewed = Numbers(reader, FieldNames.LastReviewed);
        foreach (var language in sortLanguages) _titleOrdinals[language] = TitleOrdinals(reader, FieldNames.TitleSort(language));
    }

    public int MaxDoc { get; }

    /// <summary>Every document not deleted. Shared: never modify it; clone it.</summary>
    public FixedBitSet Live { get; }

    public int LiveCount { get; }

    /// <summary>When document <paramref name="doc"/> was last reviewed, as stored for sorting.</summary>
    public long Reviewed(int doc) => _reviewed[doc];

    /// <summary>Start year by document number.</summary>
    public int[] StartYears { get; }

    /// <summary>
    /// Every document in the order of <paramref name="sort"/> for a reader of <paramref name="titleLanguage"/>
    /// (titles sort in their language). Relevance here is the order of equal scores: most recently reviewed first.
    /// Built on first use, once per reader.
    /// </summary>
    public DocumentOrder Order(SearchSort sort, string titleLanguage)
    {
        if (sort == SearchSort.Relevance) sort = SearchSort.Reviewed;
        return _orders.GetOrAdd((sort, titleLanguage), key => new Lazy<DocumentOrder>(() => Build(key.Item1, key.Item2))).Value;
    }

    private DocumentOrder Build(SearchSort sort, string titleLanguage)
    {
        var titles = _titleOrdinals.TryGetValue(titleLanguage, out var t) ? t : _titleOrdinals.Values.First();
        var reviewed = _reviewed;
        var years = StartYears;
        Comparison<int> compare = sort switch
        {
            // Newest start first, then most recently reviewed, then title; document number last, as Lucene breaks ties.
            SearchSort.Newest => (a, b) => Compare(years[b], years[a], reviewed[b], reviewed[a], titles[a], titles[b], a, b),
            SearchSort.Title => (a, b) => Compare(titles[a], titles[b], reviewed[b], reviewed[a], 0, 0, a, b),
            _ => (a, b) => Compare(reviewed[b], reviewed[a], titles[a], titles[b], 0, 0, a, b),
        };
        var docs = Enumerable.Range(0, MaxDoc).ToArray();
        Array.Sort(docs, compare);
        var rank = new int[MaxDoc];
        for (var i = 0; i < docs.Length; i++) rank[docs[i]] = i;
        return new DocumentOrder(docs, rank);
    }

    private static int Compare(long a1, long b1, long a2, long b2, long a3, long b3, int a4, int b4)
    {
        var c = a1.CompareTo(b1);
        if (c != 0) return c;
        c = a2.CompareTo(b2);
        if (c != 0) return c;
        c = a3.CompareTo(b3);
        return c != 0 ? c : a4.CompareTo(b4);
    }

    private static long[] Numbers(IndexReader reader, string field)
    {
        var values = new long[reader.MaxDoc];
        var source = MultiDocValues.GetNumericValues(reader, field);
        if (source is null) return values;
        for (var doc = 0; doc < values.Length; doc++) values[doc] = source.Get(doc);
        return values;
    }

    // Global ordinals of a sorted field follow the order of its values across every segment, so they sort like the values.
    private static int[] TitleOrdinals(IndexReader reader, string field)
    {
        var ordinals = new int[reader.MaxDoc];
        var source = MultiDocValues.GetSortedValues(reader, field);
        if (source is null) return ordinals;
        for (var doc = 0; doc < ordinals.Length; doc++) ordinals[doc] = source.GetOrd(doc);
        return ordinals;
    }
}

/// <summary>Every document of a reader in one sort order, and each document's place in it.</summary>
internal sealed record DocumentOrder(int[] Docs, int[] Rank);
