using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace GoodPractices.Search.Querying;

/// <summary>
/// Matches and scores the common shapes of query, words AND-ed (each a best-of over many fields, see
/// <see cref="TextQueryBuilder"/>) or OR-ed, optional words and excluded words, one term at a time: each field's postings
/// are read straight through into per-document arrays. A query whose words match most of a large index visits
/// every matching document once per field, with no merging of dozens of postings lists document by document,
/// which is where Lucene's scorers spend their time on such queries.
/// <para>
/// The scores are Lucene's own for the same query (the same similarity, boosts, best-of with tie-breaker and
/// coordination factor), without query normalisation as in <see cref="TextMatches.UnnormalizedWeight"/>.
/// </para>
/// </summary>
internal static class TermAtATime
{
    /// <summary>The matches of <paramref name="query"/>, or null when its shape is not one this reads (the caller then runs it through Lucene).</summary>
    /// <param name="norms">Norms read once per reader; without them each posting is scored through Lucene's similarity.</param>
    /// <param name="docFreqs">Filled with how many documents have each term looked up, none included.</param>
    public static TextMatches? TryCollect(IndexSearcher searcher, Query query, bool score, NormCache? norms = null,
        Dictionary<Term, int>? docFreqs = null)
    {
        if (Shape(query) is not { } clauses || !clauses.Any(c => c.Occur != Occur.MUST_NOT)) return null;
        var cursors = TermCursors.Rent(searcher.IndexReader);
        try
        {
            return clauses.Any(c => c.Occur == Occur.MUST)
                ? AllOf(searcher, clauses, score, norms, docFreqs, cursors)
                : AnyOf(searcher, clauses, score, norms, docFreqs, cursors);
        }
        finally
        {
            cursors.Return();
        }
    }

    // Words AND-ed, with optional and excluded words.
    private static TextMatches AllOf(IndexSearcher searcher, List<Clause> clauses, bool score, NormCache? norms,
        Dictionary<Term, int>? docFreqs, TermCursors cursors)
    {
        var optional = clauses.Where(c => c.Occur == Occur.SHOULD).ToList();
        using var scratch = new Scratch(searcher.IndexReader.MaxDoc, score, counts: optional.Count > 0);
        var (total, wordMax, wordSum, overlap) = (scratch.Total, scratch.WordMax, scratch.WordSum, scratch.Overlap);
        FixedBitSet? docs = null;
        foreach (var word in clauses.Where(c => c.Occur == Occur.MUST))
        {
            var wordDocs = Match(searcher, word, wordMax, wordSum, norms, docFreqs, cursors);
            if (docs is null)
            {
                docs = wordDocs;
                if (score) DocSets.ForEach(docs, doc => total![doc] = Best(word, wordMax!, wordSum!, doc));
            }
            else
            {
                docs.And(wordDocs);
                if (score) DocSets.ForEach(docs, doc => total![doc] += Best(word, wordMax!, wordSum!, doc));
            }
        }
        if (score && optional.Count > 0)
        {
            DocSets.ForEach(docs!, doc => overlap![doc] = 0);
            foreach (var word in optional)
            {
                var wordDocs = Match(searcher, word, wordMax, wordSum, norms, docFreqs, cursors);
                wordDocs.And(docs!);
                DocSets.ForEach(wordDocs, doc =>
                {
                    total![doc] += Best(word, wordMax!, wordSum!, doc);
                    overlap![doc]++;
                });
            }
            // Lucene's coordination factor: the share of a query's clauses a document matches.
            var required = clauses.Count(c => c.Occur == Occur.MUST);
            var all = required + optional.Count;
            var coord = searcher.Similarity;
            DocSets.ForEach(docs!, doc => total![doc] *= coord.Coord(required + overlap![doc], all));
        }
        foreach (var word in clauses.Where(c => c.Occur == Occur.MUST_NOT))
        {
            docs!.AndNot(Match(searcher, word, null, null, null, docFreqs, cursors));
        }
        return TextMatches.Of(docs!, scratch.TakeTotal());
    }

    // Words OR-ed: a document with any of them, scored by the sum of those it has times the share it has (Lucene's
    // coordination factor).
    private static TextMatches AnyOf(IndexSearcher searcher, List<Clause> clauses, bool score, NormCache? norms,
        Dictionary<Term, int>? docFreqs, TermCursors cursors)
    {
        var maxDoc = searcher.IndexReader.MaxDoc;
        using var scratch = new Scratch(maxDoc, score, counts: true);
        var (total, wordMax, wordSum, overlap) = (scratch.Total, scratch.WordMax, scratch.WordSum, scratch.Overlap);
        var docs = new FixedBitSet(maxDoc);
        var words = clauses.Where(c => c.Occur == Occur.SHOULD).ToList();
        foreach (var word in words)
        {
            var wordDocs = Match(searcher, word, wordMax, wordSum, norms, docFreqs, cursors);
            if (score)
            {
                DocSets.ForEach(wordDocs, doc =>
                {
                    if (!docs.Get(doc))
                    {
                        total![doc] = 0f;
                        overlap![doc] = 0;
                    }
                    total![doc] += Best(word, wordMax!, wordSum!, doc);
                    overlap![doc]++;
                });
            }
            docs.Or(wordDocs);
        }
        if (score)
        {
            var similarity = searcher.Similarity;
            DocSets.ForEach(docs, doc => total![doc] *= similarity.Coord(overlap![doc], words.Count));
        }
        foreach (var word in clauses.Where(c => c.Occur == Occur.MUST_NOT))
        {
            docs.AndNot(Match(searcher, word, null, null, null, docFreqs, cursors));
        }
        return TextMatches.Of(docs, scratch.TakeTotal());
    }

    /// <summary>
    /// One search's per-document arrays, as long as the index, rented from the shared pools and returned when the
    /// search is done; the totals go on to the result, which returns them itself.
    /// </summary>
    private sealed class Scratch : IDisposable
    {
        public Scratch(int maxDoc, bool score, bool counts)
        {
            if (!score) return;
            var length = Math.Max(1, maxDoc);
            Total = ArrayPool<float>.Shared.Rent(length);
            WordMax = ArrayPool<float>.Shared.Rent(length);
            WordSum = ArrayPool<float>.Shared.Rent(length);
            if (counts) Overlap = ArrayPool<byte>.Shared.Rent(length);
        }

        /// <summary>Null when not scoring, as are the others.</summary>
        public float[]? Total { get; private set; }
        public float[]? WordMax { get; }
        public float[]? WordSum { get; }
        /// <summary>How many optional words each document has; null when not scoring or there are none.</summary>
        public byte[]? Overlap { get; }

        public float[]? TakeTotal()
        {
            var total = Total;
            Total = null;
            return total;
        }

        public void Dispose()
        {
            if (Total is not null) ArrayPool<float>.Shared.Return(Total);
            if (WordMax is not null) ArrayPool<float>.Shared.Return(WordMax);
            if (WordSum is not null) ArrayPool<float>.Shared.Return(WordSum);
            if (Overlap is not null) ArrayPool<byte>.Shared.Return(Overlap);
        }
    }

    private static float Best(Clause word, float[] max, float[] sum, int doc) =>
        max[doc] + word.TieBreaker * (sum[doc] - max[doc]);

    /// <summary>The documents with <paramref name="word"/> in any of its fields; with arrays, each one's best and summed field scores.</summary>
    private static FixedBitSet Match(IndexSearcher searcher, Clause word, float[]? max, float[]? sum, NormCache? norms,
        Dictionary<Term, int>? docFreqs, TermCursors cursors)
    {
        var reader = searcher.IndexReader;
        var docs = new FixedBitSet(reader.MaxDoc);
        var similarity = searcher.Similarity;
        foreach (var (term, boost) in word.Terms)
        {
            var context = cursors.Context(reader.Context, term);
            if (docFreqs is not null) docFreqs[term] = context.DocFreq;
            if (context.DocFreq == 0) continue;
            // With the default similarity and norms copied once, a posting's score is its arithmetic: square root of
            // the frequency, times the term's weight (idf squared and the boosts), times the decoded length norm.
            // Otherwise it goes through Lucene's similarity.
            var fieldNorms = max is not null && similarity is DefaultSimilarity ? norms?.Of(term.Field) : null;
            var idf = similarity is DefaultSimilarity defaults ? defaults.Idf(context.DocFreq, reader.MaxDoc) : 0f;
            var value = idf * boost * word.Boost * idf;
            Similarity.SimWeight? weight = null;
            if (max is not null && fieldNorms is null)
            {
                weight = similarity.ComputeWeight(boost, searcher.CollectionStatistics(term.Field), searcher.TermStatistics(term, context));
                weight.Normalize(1f, word.Boost);
            }
            foreach (var leaf in reader.Leaves)
            {
                if (context.Get(leaf.Ord) is not { } state) continue;
                var postings = cursors.Docs(leaf, term, state, max is null ? DocsFlags.NONE : DocsFlags.FREQS);
                var docBase = leaf.DocBase;
                int doc;
                if (max is null)
                {
                    while ((doc = postings.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS) docs.Set(docBase + doc);
                    continue;
                }
                var bits = docs.GetBits();
                if (fieldNorms is null)
                {
                    var scorer = similarity.GetSimScorer(weight, leaf);
                    while ((doc = postings.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                    {
                        Add(bits, max, sum!, docBase + doc, scorer.Score(doc, postings.Freq));
                    }
                    continue;
                }
                // The same arithmetic as the similarity's, in the same order, so the scores are the same to the last bit.
                var decoded = norms!.Decoded;
                while ((doc = postings.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    var global = docBase + doc;
                    var freq = postings.Freq;
                    var root = freq < SquareRoots.Length ? SquareRoots[freq] : (float)Math.Sqrt(freq);
                    Add(bits, max, sum!, global, root * value * decoded[fieldNorms[global]]);
                }
            }
        }
        return docs;
    }

    // Square roots of the small frequencies nearly every posting has, as the similarity computes them.
    private static readonly float[] SquareRoots = [.. Enumerable.Range(0, 64).Select(f => (float)Math.Sqrt(f))];

    // Marks a document as matching this word, keeping its best field score and the sum of its field scores.
    private static void Add(long[] bits, float[] max, float[] sum, int doc, float score)
    {
        ref var word = ref bits[doc >> 6];
        var mask = 1L << doc;
        if ((word & mask) == 0)
        {
            word |= mask;
            max[doc] = score;
            sum[doc] = score;
            return;
        }
        if (score > max[doc]) max[doc] = score;
        sum[doc] += score;
    }

    private sealed record Clause(Occur Occur, IReadOnlyList<(Term Term, float Boost)> Terms, float TieBreaker, float Boost);

    // A Boolean query of words, or one word; a word is a term or a best-of over terms. Anything else is not read here.
    private static List<Clause>? Shape(Query query)
    {
        if (query is not BooleanQuery boolean) return Word(query, Occur.MUST) is { } single ? [single] : null;
        if (boolean.Boost != 1f || boolean.MinimumNumberShouldMatch != 0 || boolean.CoordDisabled) return null;
        var clauses = new List<Clause>();
        foreach (var clause in boolean.Clauses)
        {
            if (Word(clause.Query, clause.Occur) is not { } word) return null;
            clauses.Add(word);
        }
        return clauses;
    }

    private static Clause? Word(Query query, Occur occur) => query switch
    {
        TermQuery term => new Clause(occur, [(term.Term, term.Boost)], 0f, 1f),
        DisjunctionMaxQuery best when best.Disjuncts.All(d => d is TermQuery) =>
            new Clause(occur, best.Disjuncts.Cast<TermQuery>().Select(t => (t.Term, t.Boost)).ToList(), best.TieBreakerMultiplier, best.Boost),
        // A word no analyzer keeps: it matches nothing.
        BooleanQuery { Clauses.Count: 0 } => new Clause(occur, [], 0f, 1f),
        _ => null,
    };
}
