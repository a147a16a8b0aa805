using GoodPractices.Core.Content;
using GoodPractices.Core.Validation;

namespace GoodPractices.Core.Corpus;

/// <summary>A corpus read from a folder: what is valid, every file as read, and every problem found.</summary>
public sealed record CorpusLoadResult(PracticeCorpus Corpus, IReadOnlyList<PracticeFile> Files, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
    public int ErrorCount => Diagnostics.Count(d => d.IsError);
    public int WarningCount => Diagnostics.Count(d => !d.IsError);

    /// <summary>The diagnostics of one file (path relative to the corpus folder, forward slashes).</summary>
    public IEnumerable<Diagnostic> For(string relativePath) => Diagnostics.Where(d => d.Path == relativePath);
}
