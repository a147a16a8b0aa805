using Lucene.Net.Search.Similarities;

namespace GoodPractices.Search.Querying.Matching;

/// <summary>
/// How a match is scored: Lucene's BM25 (term frequency that saturates, long texts weighed down, rare words up), plus
/// the share of a query's words a practice has. BM25 alone leaves coordination out; with most-words matching, a
/// practice with three of three words must come before one with two, unless the missing word is a common one and the
/// two it has are rare. Only the query of a reader's words asks for it (see <see cref="TextQueryBuilder"/>): every
/// other Boolean query is built with coordination off.
/// </summary>
internal sealed class PracticeSimilarity : BM25Similarity
{
    // Squared, so that the count of words comes first: two of three words keep 44 % of their score, not 67 %.
    public override float Coord(int overlap, int maxOverlap)
    {
        if (maxOverlap == 0) return 1f;
        var share = (float)overlap / maxOverlap;
        return share * share;
    }
}
