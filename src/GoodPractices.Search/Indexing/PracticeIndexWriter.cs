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
        var config = new IndexWriterConfig(LanguageAnalyzers.Version, analyzer) { OpenMode = OpenMode.CREATE };
        if (!mergeToOneSegment) config.MergePolicy = NoMergePolicy.COMPOUND_FILES;
        using var writer = new IndexWriter(directory, config);
        var builder = new PracticeDocumentBuilder(corpus.Taxonomy);
        var count = 0;
        foreach (var practice in corpus.Practices)
        {
            writer.AddDocument(builder.Build(practice));
            count++;
            if (commitEvery is { } every && count % every == 0) writer.Commit();
            if (count % 500 == 0) progress?.Report($"Indexed {count} practices");
        }
        if (mergeToOneSegment) writer.ForceMerge(1);
        writer.Commit();
        progress?.Report($"Indexed {count} practices");
    }
}
