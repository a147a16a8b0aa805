using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GoodPractices.Search.Querying.Matching;

/// <summary>
/// Lucene's <see cref="DisjunctionMaxQuery"/> (a match scores as its best disjunct, plus the tie breaker times the
/// others), matched by <see cref="BestOfScorer"/> instead of Lucene's own scorer. The scores are the same but for rounding
/// (see the scorer); the reason for the scorer is in its own summary and in docs/search.md.
/// </summary>
internal sealed class BestOfQuery(float tieBreaker) : DisjunctionMaxQuery(tieBreaker)
{
    public override Weight CreateWeight(IndexSearcher searcher) => new BestOfWeight(this, searcher);

    private sealed class BestOfWeight(BestOfQuery query, IndexSearcher searcher) : DisjunctionMaxWeight(query, searcher)
    {
        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var scorers = new List<Scorer>(m_weights.Count);
            foreach (var weight in m_weights)
            {
                if (weight.GetScorer(context, acceptDocs) is { } scorer) scorers.Add(scorer);
            }
            return scorers.Count == 0 ? null : new BestOfScorer(this, query.TieBreakerMultiplier, scorers);
        }
    }
}

/// <summary>
/// Walks the union of its sub-scorers' documents in order, keeping the sub-scorers in a binary min-heap by the document
/// each is on. Lucene's own disjunction scorer does the same over an array of <see cref="Scorer"/>: every move in its
/// heap stores an object into an array of an abstract type, which the runtime checks each time, and which took a
/// quarter of matching a common word at 100,000 entries. Here the heap holds structs (a sub-scorer and its current
/// document), which need no such check and spare a virtual call to ask each sub-scorer where it is. A match is scored
/// only when asked (a conjunction of several words moves past many documents it never scores), from the same sub-scores
/// as Lucene's. Lucene adds them in single precision in the order they stand in its heap, and that order depends on how
/// the scorer reached the document: a scorer that starts in the middle of a segment (<see cref="SegmentMatch"/>) has
/// its heap in another shape. Here they are added in double precision, which holds the sum of a few scores exactly, so
/// a document scores the same however it is reached; the score can differ from Lucene's in its last bits.
/// </summary>
internal sealed class BestOfScorer : Scorer
{
    private struct Entry
    {
        public Scorer Scorer;
        public int Doc;
    }

    private readonly Entry[] _heap;
    private readonly float _tieBreaker;
    private int _count;
    private int _doc = -1;
    private int _scoredDoc = -1;
    private float _score;

    public BestOfScorer(Weight weight, float tieBreaker, List<Scorer> scorers) : base(weight)
    {
        _tieBreaker = tieBreaker;
        _count = scorers.Count;
        _heap = new Entry[_count];
        for (var i = 0; i < _count; i++) _heap[i] = new Entry { Scorer = scorers[i], Doc = scorers[i].DocID };
        for (var i = (_count >> 1) - 1; i >= 0; i--) SiftDown(i);
    }

    public override int DocID => _doc;

    public override int NextDoc()
    {
        while (true)
        {
            ref var top = ref _heap[0];
            top.Doc = top.Scorer.NextDoc();
            if (!Settle()) return _doc = NO_MORE_DOCS;
            if (_heap[0].Doc != _doc) return _doc = _heap[0].Doc;
        }
    }

    public override int Advance(int target)
    {
        while (true)
        {
            ref var top = ref _heap[0];
            top.Doc = top.Scorer.Advance(target);
            if (!Settle()) return _doc = NO_MORE_DOCS;
            if (_heap[0].Doc >= target) return _doc = _heap[0].Doc;
        }
    }

    // The top sub-scorer has moved: back into its place in the heap, or out of it when it has no documents left.
    // False when no sub-scorer is left.
    private bool Settle()
    {
        if (_heap[0].Doc != NO_MORE_DOCS)
        {
            SiftDown(0);
            return true;
        }
        _count--;
        if (_count == 0) return false;
        _heap[0] = _heap[_count];
        _heap[_count] = default;
        SiftDown(0);
        return true;
    }

    // Moves the entry at i down below any child on an earlier document, to the smaller child (the left one of two on the
    // same document).
    private void SiftDown(int i)
    {
        var entry = _heap[i];
        var half = _count >> 1;
        while (i < half)
        {
            var child = (i << 1) + 1;
            var right = child + 1;
            if (right < _count && _heap[right].Doc < _heap[child].Doc) child = right;
            if (_heap[child].Doc >= entry.Doc) break;
            _heap[i] = _heap[child];
            i = child;
        }
        _heap[i] = entry;
    }

    public override float GetScore()
    {
        if (_scoredDoc == _doc) return _score;
        var best = _heap[0].Scorer.GetScore();
        double sum = best;
        AddFrom(1, ref sum, ref best);
        AddFrom(2, ref sum, ref best);
        _scoredDoc = _doc;
        return _score = (float)(best + (sum - best) * _tieBreaker);
    }

    // The sub-scorers on the current document form a subtree under the top: visited depth first, left before right. The
    // sum is kept in double precision, which holds a sum of a few scores exactly, whatever their order.
    private void AddFrom(int i, ref double sum, ref float best)
    {
        if (i >= _count || _heap[i].Doc != _doc) return;
        var score = _heap[i].Scorer.GetScore();
        sum += score;
        best = Math.Max(best, score);
        AddFrom((i << 1) + 1, ref sum, ref best);
        AddFrom((i << 1) + 2, ref sum, ref best);
    }

    public override int Freq
    {
        get
        {
            var freq = 0;
            for (var i = 0; i < _count; i++)
            {
                if (_heap[i].Doc == _doc) freq++;
            }
            return freq;
        }
    }

    public override long GetCost()
    {
        long cost = 0;
        for (var i = 0; i < _count; i++) cost += _heap[i].Scorer.GetCost();
        return cost;
    }

    public override ICollection<ChildScorer> GetChildren()
    {
        var children = new List<ChildScorer>(_count);
        for (var i = 0; i < _count; i++) children.Add(new ChildScorer(_heap[i].Scorer, "SHOULD"));
        return children;
    }
}
