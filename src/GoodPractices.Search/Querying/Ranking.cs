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
        if (wanted <= 0) return [];
        var rank = order.Rank;
        var queue = new PriorityQueue<int, (float Score, int Rank)>(wanted + 1, WorstFirst.Instance);
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
    /// Adds to the scores of <paramref name="docs"/> (aligned with them) what <paramref name="bonus"/> gives each, and sorts
    /// both by the new scores, equal scores in <paramref name="order"/>. Scores are unnormalised, like the bonus.
    /// </summary>
    public static void Rescore(IndexSearcher searcher, Query bonus, int[] docs, float[] scores, DocumentOrder order)
    {
        var weight = TextMatches.UnnormalizedWeight(searcher, bonus);
        var byDoc = docs.Order().ToArray();
        // Phrase scorers check word positions in every document they pass; accepting only the candidates keeps
        // them from checking any other.
        var candidates = new FixedBitSet(searcher.IndexReader.MaxDoc);
        foreach (var doc in docs) candidates.Set(doc);
        var added = new Dictionary<int, float>(docs.Length);
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
                added[byDoc[next]] = scorer is not null && scorer.DocID == local ? scorer.GetScore() : 0f;
            }
        }
        for (var i = 0; i < docs.Length; i++) scores[i] += added[docs[i]];
        var keys = docs.Select((doc, i) => (Score: scores[i], Rank: order.Rank[doc])).ToArray();
        Array.Sort(keys, docs, Comparer<(float Score, int Rank)>.Create((a, b) => WorstFirst.Instance.Compare(b, a)));
        for (var i = 0; i < docs.Length; i++) scores[i] = keys[i].Score;
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
