using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GoodPractices.Search.Querying;

/// <summary>
/// The first hits of a result set in order: by a precomputed document order, or by score with that order breaking
/// ties. Only as many hits as a page needs are ordered; the rest are only counted.
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

    /// <summary>The best <paramref name="wanted"/> documents of <paramref name="hits"/> by score, equal scores in <paramref name="order"/>.</summary>
    public static int[] ByScore(FixedBitSet hits, float[] scores, DocumentOrder order, int wanted)
    {
        var rank = order.Rank;
        var queue = new PriorityQueue<int, (float Score, int Rank)>(wanted + 1, WorstFirst.Instance);
        if (wanted <= 0) return [];
        var worstScore = float.NegativeInfinity;
        var worstRank = int.MaxValue;
        var bits = hits.GetBits();
        for (var word = 0; word < DocSets.Words(hits); word++)
        {
            var w = (ulong)bits[word];
            while (w != 0)
            {
                var doc = (word << 6) + System.Numerics.BitOperations.TrailingZeroCount(w);
                w &= w - 1;
                var score = scores[doc];
                if (queue.Count == wanted)
                {
                    if (score < worstScore || (score == worstScore && rank[doc] > worstRank)) continue;
                    queue.EnqueueDequeue(doc, (score, rank[doc]));
                }
                else
                {
                    queue.Enqueue(doc, (score, rank[doc]));
                    if (queue.Count < wanted) continue;
                }
                queue.TryPeek(out _, out var worst);
                (worstScore, worstRank) = worst;
            }
        }
        var result = new int[queue.Count];
        for (var i = result.Length - 1; i >= 0; i--) result[i] = queue.Dequeue();
        return result;
    }

    /// <summary>
    /// Scores <paramref name="docs"/> again with <paramref name="query"/> (which must match them all) and sorts them by
    /// the new scores, equal scores in <paramref name="order"/>. Returns the new scores, aligned with the sorted docs.
    /// </summary>
    public static float[] Rescore(IndexSearcher searcher, Query query, int[] docs, DocumentOrder order)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        var byDoc = docs.Order().ToArray();
        // Phrase scorers check word positions in every document they pass; accepting only the candidates keeps
        // them from checking any other.
        var candidates = new FixedBitSet(searcher.IndexReader.MaxDoc);
        foreach (var doc in docs) candidates.Set(doc);
        var scores = new Dictionary<int, float>(docs.Length);
        var next = 0;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var end = leaf.DocBase + leaf.AtomicReader.MaxDoc;
            if (next >= byDoc.Length || byDoc[next] >= end) continue;
            var scorer = weight.GetScorer(leaf, new LeafSlice(candidates, leaf.DocBase, leaf.AtomicReader.MaxDoc));
            for (; next < byDoc.Length && byDoc[next] < end; next++)
            {
                var local = byDoc[next] - leaf.DocBase;
                if (scorer is not null && scorer.DocID < local) scorer.Advance(local);
                scores[byDoc[next]] = scorer is not null && scorer.DocID == local ? scorer.GetScore() : 0f;
            }
        }
        Array.Sort(docs, (a, b) =>
        {
            var c = scores[b].CompareTo(scores[a]);
            return c != 0 ? c : order.Rank[a].CompareTo(order.Rank[b]);
        });
        return Array.ConvertAll(docs, d => scores[d]);
    }

    private sealed class LeafSlice(FixedBitSet docs, int docBase, int length) : IBits
    {
        public int Length => length;

        public bool Get(int index) => docs.Get(docBase + index);
    }

    // The queue keeps the worst of the best at its head: lowest score, and among equal scores the latest in order.
    private sealed class WorstFirst : IComparer<(float Score, int Rank)>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare((float Score, int Rank) x, (float Score, int Rank) y)
        {
            var c = x.Score.CompareTo(y.Score);
            return c != 0 ? c : y.Rank.CompareTo(x.Rank);
        }
    }
}
