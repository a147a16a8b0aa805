using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GoodPractices.Search.Querying.Matching;

/// <summary>Which of a query's plain words each hit of a page lacks, for its "Missing: visits" line.</summary>
internal static class MissingWords
{
    public static IReadOnlyList<string>[] Of(IndexSearcher searcher, IReadOnlyList<QueryPlanWord> words, int[] docs)
    {
        var missing = docs.Select(_ => new List<string>()).ToArray();
        var leaves = searcher.IndexReader.Leaves;
        foreach (var word in words)
        {
            var weight = searcher.CreateNormalizedWeight(word.Query);
            // Scorers move forward only: visit the page's documents in document order, one scorer per segment.
            Scorer? scorer = null;
            var leafIndex = -1;
            foreach (var i in Enumerable.Range(0, docs.Length).OrderBy(i => docs[i]))
            {
                var leaf = ReaderUtil.SubIndex(docs[i], leaves);
                if (leaf != leafIndex)
                {
                    leafIndex = leaf;
                    scorer = weight.GetScorer(leaves[leaf], leaves[leaf].AtomicReader.LiveDocs);
                }
                var local = docs[i] - leaves[leaf].DocBase;
                var has = scorer is not null && (scorer.DocID >= local || scorer.Advance(local) != DocIdSetIterator.NO_MORE_DOCS) && scorer.DocID == local;
                if (!has) missing[i].Add(word.Text);
            }
        }
        return missing;
    }
}
