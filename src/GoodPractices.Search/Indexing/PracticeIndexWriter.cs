using GoodPractices.Core.Corpus;
using Lucene.Net.Index;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace GoodPractices.Search.Indexing;

/// <summary>Writes a whole corpus into an empty Lucene directory, one document per practice.</summary>
internal static class PracticeIndexWriter
{
    /// <param name="commitEvery">Commit after this many documents (tests use it to get several segments); null commits once.</param>
    /// <param name="mergeToOneSegment">A published version is read-only for its whole life, so one segment is worth the merge.</param>
    public static void Write(LuceneDirectory directory, PracticeCorpus corpus, IProgress<string>? progress = null,
        int? commitEvery = null, bool mergeToOneSegment = true)
    {
        using var analyzer = new PracticeAnalyzer();
        // A large buffer flushes fewer, larger segments, which leaves less for the final merge to rewrite.
        var config = new IndexWriterConfig(LanguageAnalyzers.Version, analyzer) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 256 };
        if (!mergeToOneSegment) config.MergePolicy = NoMergePolicy.COMPOUND_FILES;
        using var writer = new IndexWriter(directory, config);
        var builder = new PracticeDocumentBuilder(corpus.Taxonomy);
        if (commitEvery is { } every)
        {
            // Tests ask for several segments at known boundaries: add in order, one thread.
            for (var i = 0; i < corpus.Practices.Count; i++)
            {
                writer.AddDocument(builder.Build(corpus.Practices[i]));
                if ((i + 1) % every == 0) writer.Commit();
            }
        }
        else
        {
            // IndexWriter takes documents from several threads at once, each into its own in-memory segment;
            // analysis is most of the cost, so this scales with the cores.
            var done = 0;
            Parallel.ForEach(corpus.Practices, practice =>
            {
                writer.AddDocument(builder.Build(practice));
                var count = Interlocked.Increment(ref done);
                if (count % 5000 == 0) progress?.Report($"Indexed {count} practices");
            });
        }
        var count = corpus.Practices.Count;
        if (mergeToOneSegment) writer.ForceMerge(1);
        writer.Commit();
        progress?.Report($"Indexed {count} practices");
    }
}
