using System.Runtime.ExceptionServices;
using GoodPractices.Core.Corpus;
using Lucene.Net.Index;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace GoodPractices.Search.Indexing;

/// <summary>Writes a whole corpus into an empty Lucene directory, one document per practice.</summary>
internal static class PracticeIndexWriter
{
    /// <summary>
    /// The most memory the documents not yet written out may take before the largest thread's share is written out
    /// as a segment. At 100,000 generated entries a build peaks at 776 to 878 MiB with it (as the garbage collector
    /// happens to run; 8 segments; 512 MB gave 1.3 GB and 3 segments, see docs/benchmarks.md); a corpus of a few
    /// thousand entries never fills it, so each thread still writes its share as one segment.
    /// </summary>
    public const double BufferMegabytes = 160;

    /// <summary>
    /// A published version of at most this many practices is merged into one segment. Every term of every query is
    /// looked up once per segment: over the real corpus one segment instead of two took the CPU of an uncached search
    /// from 4.2 to 3.4 ms, and merging 10,000 entries added 0.3 s to an 18 s build (peak memory 327 to 463 MB) with
    /// no change to their searches. At 100,000 entries the rewrite would take the build past its 90 s, so larger
    /// versions keep a segment per indexing thread and buffer (docs/benchmarks.md).
    /// </summary>
    public const int MergeUpTo = 20_000;

    /// <param name="commitEvery">Commit after this many documents (tests use it to get several segments); null commits once.</param>
    /// <param name="mergeToOneSegment">
    /// Merge everything into one segment at the end (see <see cref="MergeUpTo"/>); without it, each indexing thread's
    /// segments are left as written, none merged.
    /// </param>
    public static void Write(LuceneDirectory directory, PracticeCorpus corpus, IProgress<string>? progress = null,
        int? commitEvery = null, bool mergeToOneSegment = true)
    {
        using var analyzer = new PracticeAnalyzer();
        var config = new IndexWriterConfig(LanguageAnalyzers.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = BufferMegabytes,
            // An index is written once and never updated: packing each flushed segment into a compound file would
            // only copy every byte a second time.
            UseCompoundFile = false,
            // Norms are written as the searcher's similarity reads them.
            Similarity = new Querying.Matching.PracticeSimilarity(),
        };
        // Nor is anything gained by merging segments as they are flushed.
        if (!mergeToOneSegment) config.MergePolicy = NoMergePolicy.NO_COMPOUND_FILES;
        var threads = Environment.ProcessorCount;
        if (!mergeToOneSegment && commitEvery is null)
        {
            // Each thread writes its segment out as soon as it holds its share of the corpus, while the other
            // threads go on; left to the final commit, the segments would be written one after the other on one core.
            config.MaxBufferedDocs = Math.Max(2, (corpus.Practices.Count + threads - 1) / threads);
        }
        using var writer = new IndexWriter(directory, config);
        try
        {
            Add(writer, corpus, progress, commitEvery, threads);
        }
        catch
        {
            // A failed build commits nothing more: disposing the writer would commit what was added since the last commit.
            writer.Rollback();
            throw;
        }
        var count = corpus.Practices.Count;
        if (mergeToOneSegment) writer.ForceMerge(1);
        writer.Commit();
        progress?.Report($"Indexed {count} practices");
    }

    private static void Add(IndexWriter writer, PracticeCorpus corpus, IProgress<string>? progress, int? commitEvery, int threads)
    {
        var builder = new PracticeDocumentBuilder(corpus.Taxonomy);
        if (commitEvery is { } every)
        {
            // Tests ask for several segments at known boundaries: add in order, one thread.
            for (var i = 0; i < corpus.Practices.Count; i++)
            {
                writer.AddDocument(builder.Build(corpus.WithBody(corpus.Practices[i])));
                if ((i + 1) % every == 0) writer.Commit();
            }
        }
        else
        {
            // IndexWriter takes documents from several threads at once; analysis is most of the cost, so this
            // scales with the cores. One thread per core: each thread fills an in-memory segment of its own, and
            // each of those becomes a segment of the index, so more threads would only mean more segments.
            var done = 0;
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads };
            // A corpus loaded without its bodies reads each one here, so that it is garbage as soon as it is indexed.
            try
            {
                Parallel.ForEach(corpus.Practices, parallel, practice =>
                {
                    writer.AddDocument(builder.Build(corpus.WithBody(practice)));
                    var count = Interlocked.Increment(ref done);
                    if (count % 5000 == 0) progress?.Report($"Indexed {count} practices");
                });
            }
            catch (AggregateException e) when (e.InnerExceptions.FirstOrDefault(x => x is CorpusChangedException) is { } changed)
            {
                ExceptionDispatchInfo.Throw(changed);
            }
        }
    }
}
