using Lucene.Net.Util;

namespace GoodPractices.Search.Querying.Matching;

/// <summary>
/// The first hits of a result set in a precomputed document order (newest, most recently reviewed, title). Only as
/// many hits as a page needs are ordered; the rest are only counted. (Hits by relevance come from Lucene's collector.)
/// </summary>
internal static class Ranking
{
    /// <summary>The first <paramref name="wanted"/> documents of <paramref name="hits"/> (of which there are <paramref name="count"/>) in <paramref name="order"/>.</summary>
    public static int[] ByOrder(FixedBitSet hits, int count, DocumentOrder order, int wanted)
    {
        wanted = Math.Min(wanted, count);
        var result = new int[wanted];
        if (wanted == 0) return result;
        // With many hits, walking the order meets enough of them soon; with few, sorting them is cheaper.
        if ((long)count * 32 >= order.Docs.Length)
        {
            var found = 0;
            foreach (var doc in order.Docs)
            {
                if (!hits.Get(doc)) continue;
                result[found++] = doc;
                if (found == wanted) break;
            }
            return result;
        }
        var docs = new int[count];
        DocSets.CopyTo(hits, docs);
        var ranks = Array.ConvertAll(docs, d => order.Rank[d]);
        Array.Sort(ranks, docs);
        Array.Copy(docs, result, wanted);
        return result;
    }
}
