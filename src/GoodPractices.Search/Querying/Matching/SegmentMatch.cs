using System.Runtime.ExceptionServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GoodPractices.Search.Querying.Matching;

/// <summary>
/// How many cores a search may share its work among, and the fewest documents of one segment worth handing to a core of
/// their own. A search that runs alone may use every core (see <c>PracticeSearcher</c>); one that runs beside others
/// uses one.
/// </summary>
internal readonly record struct CoreShare(int Cores, int MinDocsPerRange = CoreShare.DefaultMinDocsPerRange)
{
    /// <summary>
    /// A range of one segment is given at least this many documents. A scorer of its own costs little (every term was
    /// looked up once for the whole search, see <see cref="TermLookup"/>), but handing a range to another core costs some
    /// tens of microseconds, and each range keeps its own best hits to merge. At 10,000 entries two ranges took a
    /// search to 0.8 of one core's time (docs/benchmarks.md); a corpus of some hundred practices is never cut. The
    /// figure itself was not tuned.
    /// </summary>
    public const int DefaultMinDocsPerRange = 2_000;

    /// <summary>Everything on the calling thread.</summary>
    public static CoreShare One => new(1);

    /// <summary>
    /// Runs <paramref name="work"/> for each of <paramref name="count"/> pieces, on as many cores as there are, the
    /// calling thread's among them; what fails in one piece fails as it would have on one core.
    /// </summary>
    public static void Each(int count, Action<int> work)
    {
        try
        {
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, work);
        }
        catch (AggregateException failed)
        {
            ExceptionDispatchInfo.Throw(failed.InnerExceptions[0]);
        }
    }
}

/// <summary>
/// Runs a query over the index with its work shared among the cores. An index of several segments has each segment
/// matched on a core of its own, as Lucene's searcher does when given a task scheduler (which it does only for its own
/// top-hits searches, not for a collector such as <see cref="MatchCollector"/>). An index of one large segment, which is
/// what a corpus of up to <see cref="Indexing.PracticeIndexWriter.MergeUpTo"/> practices is published as, has its
/// documents cut into ranges when the search may use more than one core (<see cref="CoreShare"/>), each range matched on
/// a core of its own by a scorer of its own. Each part gets its own bit set and top-hits collector; the sets are joined
/// and the best hits merged in the order one collector over every document would have kept (Lucene's
/// <c>TopDocs.Merge</c>: equal hits by part, and so by document, as one collector breaks ties). Scores are the same:
/// one weight, built with the statistics of the whole index, scores every part.
/// </summary>
internal static class SegmentMatch
{
    /// <param name="accepted">The matches that may be among the best hits (the reader's filters); null for all.</param>
    /// <param name="sort">The order of the best hits; null gathers the matches only.</param>
    /// <param name="size">How many best hits to keep.</param>
    /// <param name="share">How the matching of one segment may be shared among the cores; null keeps it on one.</param>
    public static (FixedBitSet Docs, TopDocs? Top) Run(IndexSearcher searcher, IndexReader reader, Query query, FixedBitSet? accepted = null,
        Sort? sort = null, int size = 0, CoreShare? share = null)
    {
        Func<TopFieldCollector>? top = sort is null ? null : () => TopFieldCollector.Create(sort, size, fillFields: true,
            trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
        var maxDoc = reader.MaxDoc;
        var weight = searcher.CreateNormalizedWeight(query);
        var parts = Parts(reader, weight, share ?? CoreShare.One);
        if (parts.Count < 2)
        {
            var topCollector = top?.Invoke();
            var collector = new MatchCollector(maxDoc, accepted, topCollector);
            foreach (var leaf in reader.Leaves)
            {
                collector.SetNextReader(leaf);
                weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs)?.Score(collector);
            }
            return (collector.Docs, topCollector?.GetTopDocs());
        }

        var docs = new FixedBitSet[parts.Count];
        var tops = new TopDocs[parts.Count];
        CoreShare.Each(parts.Count, i =>
        {
            var (leaf, from, to) = parts[i];
            var topCollector = top?.Invoke();
            var collector = new MatchCollector(maxDoc, accepted, topCollector);
            collector.SetNextReader(leaf);
            if (from == 0 && to == leaf.Reader.MaxDoc)
            {
                weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs)?.Score(collector);
            }
            else if (weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is { } scorer)
            {
                collector.SetScorer(scorer);
                for (var doc = from == 0 ? scorer.NextDoc() : scorer.Advance(from); doc < to; doc = scorer.NextDoc()) collector.Collect(doc);
            }
            docs[i] = collector.Docs;
            if (topCollector is not null) tops[i] = topCollector.GetTopDocs();
        });
        var all = docs[0];
        for (var i = 1; i < docs.Length; i++) all.Or(docs[i]);
        return (all, sort is null ? null : TopDocs.Merge(sort, size, tops));
    }

    /// <summary>
    /// The parts a query's matching is cut into, each a segment's documents from one number up to another: a part per
    /// segment when there are several and more than one core, whatever the search's share (as before ranges were cut);
    /// one segment's documents in up to <see cref="CoreShare.Cores"/> ranges.
    /// </summary>
    internal static List<(AtomicReaderContext Leaf, int From, int To)> Parts(IndexReader reader, Weight weight, CoreShare share)
    {
        var leaves = reader.Leaves;
        var parts = new List<(AtomicReaderContext Leaf, int From, int To)>();
        if (leaves.Count >= 2 && Environment.ProcessorCount >= 2)
        {
            foreach (var leaf in leaves) parts.Add((leaf, 0, leaf.Reader.MaxDoc));
        }
        else if (leaves.Count == 1 && !weight.ScoresDocsOutOfOrder)
        {
            // A query whose best scorer visits documents out of order (Lucene's, for a disjunction with no required part)
            // cannot be started in the middle of a segment, and is matched in one pass.
            var docs = leaves[0].Reader.MaxDoc;
            var ranges = Math.Max(1, Math.Min(share.Cores, docs / Math.Max(1, share.MinDocsPerRange)));
            for (var i = 0; i < ranges; i++) parts.Add((leaves[0], (int)((long)docs * i / ranges), (int)((long)docs * (i + 1) / ranges)));
        }
        return parts;
    }
}
