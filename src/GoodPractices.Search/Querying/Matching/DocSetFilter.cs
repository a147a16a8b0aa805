using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GoodPractices.Search.Querying.Matching;

/// <summary>A Lucene filter over a set of documents of the whole index, as the facet tables hold them.</summary>
internal sealed class DocSetFilter(FixedBitSet docs) : Filter
{
    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var reader = context.AtomicReader;
        var leaf = new FixedBitSet(reader.MaxDoc);
        for (var doc = docs.NextSetBit(context.DocBase); doc >= 0 && doc < context.DocBase + reader.MaxDoc;
             doc = doc + 1 < docs.Length ? docs.NextSetBit(doc + 1) : -1)
        {
            if (acceptDocs is null || acceptDocs.Get(doc - context.DocBase)) leaf.Set(doc - context.DocBase);
        }
        return leaf;
    }
}
