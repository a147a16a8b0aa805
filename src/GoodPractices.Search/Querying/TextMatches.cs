using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GoodPractices.Search.Querying;

/// <summary>
/// The documents a text query matches, as a bit set over the whole index, and, when hits are ranked by relevance,
/// each one's score. One pass over the query, with no filters: filters and facets are then operations on bit sets.
/// <para>
/// Matches may be shared (see <see cref="TextMatchCache"/>): neither the set nor the scores are ever changed once
/// collected, and each holder disposes its own reference; the scores go back to the pool when the last one does.
/// </para>
/// </summary>
internal sealed class TextMatches : IDisposable
{
    private float[]? _scores;
    private int _references = 1;

    private TextMatches(FixedBitSet docs, float[]? scores)
    {
        Docs = docs;
        _scores = scores;
    }

    /// <summary>The matching documents; read-only (clone it to narrow it down).</summary>
    public FixedBitSet Docs { get; }

    /// <summary>Score by document number; meaningful only for documents in <see cref="Docs"/>. Null when not scored.</summary>
    public float[]? Scores => _scores;

    /// <summary>How many practices have each term looked up while matching, where the query was read term at a time.</summary>
    public IReadOnlyDictionary<Term, int>? DocFreqs { get; private set; }

    /// <summary>Matches already collected; <paramref name="scores"/>, if any, was rented from the shared pool and is returned on dispose.</summary>
    public static TextMatches Of(FixedBitSet docs, float[]? scores) => new(docs, scores);

    /// <param name="docFreqs">Filled, where the query is read term at a time, with how many practices have each term looked up.</param>
    public static TextMatches Collect(IndexSearcher searcher, Query query, bool score, NormCache? norms = null,
        Dictionary<Term, int>? docFreqs = null)
    {
        var matches = TermAtATime.TryCollect(searcher, query, score, norms, docFreqs) ?? CollectWithScorers(searcher, query, score);
        matches.DocFreqs = docFreqs;
        return matches;
    }

    /// <summary>One more holder of these matches, who must dispose it too; false once the last holder has let go.</summary>
    public bool TryRetain()
    {
        for (var count = Volatile.Read(ref _references); count > 0; count = Volatile.Read(ref _references))
        {
            if (Interlocked.CompareExchange(ref _references, count + 1, count) == count) return true;
        }
        return false;
    }

    /// <summary>Any query, through Lucene's own scorers, document at a time.</summary>
    public static TextMatches CollectWithScorers(IndexSearcher searcher, Query query, bool score)
    {
        var maxDoc = searcher.IndexReader.MaxDoc;
        // A scores array is as long as the index; renting it keeps a search from allocating one on the large-object heap.
        var scores = score ? ArrayPool<float>.Shared.Rent(Math.Max(1, maxDoc)) : null;
        var collector = new Collector(new FixedBitSet(maxDoc), scores);
        var weight = UnnormalizedWeight(searcher, query);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            collector.SetNextReader(leaf);
            weight.GetBulkScorer(leaf, scoreDocsInOrder: false, leaf.AtomicReader.LiveDocs)?.Score(collector);
        }
        return new TextMatches(collector.Docs, scores);
    }

    /// <summary>
    /// The weight of <paramref name="query"/> without Lucene's query normalisation, a factor that is the same for every
    /// document of one query but differs between queries: left out, scores of separate queries can be added up.
    /// </summary>
    public static Weight UnnormalizedWeight(IndexSearcher searcher, Query query)
    {
        var weight = searcher.Rewrite(query).CreateWeight(searcher);
        weight.GetValueForNormalization();
        weight.Normalize(1f, 1f);
        return weight;
    }

    public void Dispose()
    {
        if (Interlocked.Decrement(ref _references) == 0 && Interlocked.Exchange(ref _scores, null) is { } scores) ArrayPool<float>.Shared.Return(scores);
    }

    private sealed class Collector(FixedBitSet docs, float[]? scores) : ICollector
    {
        private Scorer? _scorer;
        private int _docBase;

        public FixedBitSet Docs { get; } = docs;

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

        public void Collect(int doc)
        {
            var global = _docBase + doc;
            Docs.Set(global);
            if (scores is not null) scores[global] = _scorer!.GetScore();
        }
    }
}
