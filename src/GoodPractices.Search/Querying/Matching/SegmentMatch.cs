using System.Runtime.ExceptionServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GoodPractices.Search.Querying.Matching;

/// <summary>
/// Runs a query over an index of several segments with the segments shared among the cores, as Lucene's searcher does
/// when given a task scheduler (which it does only for its own top-hits searches, not for a collector such as
/// <see cref="MatchCollector"/>). Each segment gets its own bit set and top-hits collector; the sets are joined and
/// the best hits merged in the order one collector over every segment would have kept (Lucene's <c>TopDocs.Merge</c>:
/// equal hits by segment, and so by document, as one collector breaks ties). Scores are the same: a weight is built
/// once, with the statistics of the whole index.
/// </summary>
internal static class SegmentMatch
{
    /// <param name="accepted">The matches that may be among the best hits (the reader's filters); null for all.</param>
    /// <param name="sort">The order of the best hits; null gathers the matches only.</param>
    /// <param name="size">How many best hits to keep.</param>
    public static (FixedBitSet Docs, TopDocs? Top) Run(IndexSearcher searcher, IndexReader reader, Query query, FixedBitSet? accepted = null,
        Sort? sort = null, int size = 0)
    {
        Func<TopFieldCollector>? top = sort is null ? null : () => TopFieldCollector.Create(sort, size, fillFields: true,
            trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
        var leaves = reader.Leaves;
        var maxDoc = reader.MaxDoc;
        if (leaves.Count < 2 || Environment.ProcessorCount < 2)
        {
            var topCollector = top?.Invoke();
            var collector = new MatchCollector(maxDoc, accepted, topCollector);
            searcher.Search(query, collector);
            return (collector.Docs, topCollector?.GetTopDocs());
        }

        var weight = searcher.CreateNormalizedWeight(query);
        var docs = new FixedBitSet[leaves.Count];
        var tops = new TopDocs[leaves.Count];
        try
        {
            Parallel.For(0, leaves.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                var leaf = leaves[i];
                var topCollector = top?.Invoke();
                var collector = new MatchCollector(maxDoc, accepted, topCollector);
                collector.SetNextReader(leaf);
                weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs)?.Score(collector);
                docs[i] = collector.Docs;
                if (topCollector is not null) tops[i] = topCollector.GetTopDocs();
            });
        }
        catch (AggregateException failed) when (failed.InnerExceptions.Count == 1)
        {
            // What failed in a segment fails the search as it would have without the cores sharing it.
            ExceptionDispatchInfo.Throw(failed.InnerExceptions[0]);
        }
        var all = docs[0];
        for (var i = 1; i < docs.Length; i++) all.Or(docs[i]);
        return (all, sort is null ? null : TopDocs.Merge(sort, size, tops));
    }
}
