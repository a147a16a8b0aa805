using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GoodPractices.Search.Querying.Matching;

/// <summary>
/// One pass of a query over the whole index: every match goes into a bit set, for the facet counts, and the matches
/// that pass the reader's filters go on to <paramref name="top"/>, one of Lucene's own top-hits collectors.
/// </summary>
internal sealed class MatchCollector(int maxDoc, FixedBitSet? accepted, ICollector? top) : ICollector
{
    private int _docBase;

    public FixedBitSet Docs { get; } = new(maxDoc);

    public bool AcceptsDocsOutOfOrder => top?.AcceptsDocsOutOfOrder ?? true;

    public void SetScorer(Scorer scorer) => top?.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        top?.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var global = _docBase + doc;
        Docs.Set(global);
        if (top is not null && (accepted is null || accepted.Get(global))) top.Collect(doc);
    }
}
