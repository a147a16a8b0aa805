using System.Numerics;
using Lucene.Net.Util;

namespace GoodPractices.Search.Querying.Matching;

/// <summary>Whole-index operations on sets of documents held as bit sets: a 100,000-document set is 1,563 words.</summary>
internal static class DocSets
{
    /// <summary>How many 64-bit words hold <paramref name="set"/>.</summary>
    public static int Words(FixedBitSet set) => (int)(((long)set.Length + 63) >> 6);

    /// <summary>How many documents <paramref name="a"/> and <paramref name="b"/> have in common.</summary>
    public static int IntersectionCount(FixedBitSet a, FixedBitSet b)
    {
        var x = a.GetBits();
        var y = b.GetBits();
        var words = Math.Min(DocSets.Words(a), DocSets.Words(b));
        var count = 0;
        for (var i = 0; i < words; i++) count += BitOperations.PopCount((ulong)(x[i] & y[i]));
        return count;
    }

    /// <summary>A new set: <paramref name="set"/> and every one of <paramref name="others"/>.</summary>
    public static FixedBitSet Intersect(FixedBitSet set, IEnumerable<FixedBitSet> others)
    {
        var result = set.Clone();
        foreach (var other in others) result.And(other);
        return result;
    }

    /// <summary>Calls <paramref name="action"/> with each document of <paramref name="set"/>, in document order.</summary>
    public static void ForEach(FixedBitSet set, Action<int> action)
    {
        var bits = set.GetBits();
        var words = Words(set);
        for (var word = 0; word < words; word++)
        {
            var w = (ulong)bits[word];
            while (w != 0)
            {
                action((word << 6) + BitOperations.TrailingZeroCount(w));
                w &= w - 1;
            }
        }
    }

    /// <summary>The documents of <paramref name="set"/>, in document order, into <paramref name="docs"/>.</summary>
    public static int CopyTo(FixedBitSet set, int[] docs)
    {
        var count = 0;
        ForEach(set, doc => docs[count++] = doc);
        return count;
    }
}
