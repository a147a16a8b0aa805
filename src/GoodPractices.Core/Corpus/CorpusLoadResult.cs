using GoodPractices.Core.Content;
using GoodPractices.Core.Validation;

namespace GoodPractices.Core.Corpus;

/// <summary>A corpus read from a folder: what is valid, every file as read, and every problem found.</summary>
public sealed record CorpusLoadResult(PracticeCorpus Corpus, IReadOnlyList<PracticeFile> Files, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
    public int ErrorCount => Diagnostics.Count(d => d.IsError);
    public int WarningCount => Diagnostics.Count(d => !d.IsError);

    /// <summary>The same corpus with each practice's first publication day, where <paramref name="dates"/> knows it.</summary>
    public CorpusLoadResult WithPublicationDates(PublicationDates dates) => dates.Count == 0 ? this : this with
    {
        Corpus = new PracticeCorpus(Corpus.Taxonomy,
            [.. Corpus.Practices.Select(p => p with { FirstPublished = dates.For(p.SourcePath) })], Corpus.Bodies)
        {
            CountryContexts = Corpus.CountryContexts,
        },
    };

    /// <summary>The diagnostics of one file (path relative to the corpus folder, forward slashes).</summary>
    public IEnumerable<Diagnostic> For(string relativePath) => Diagnostics.Where(d => d.Path == relativePath);
}
