using GoodPractices.Core.Corpus;

namespace GoodPractices.Web.Indexing;

/// <summary>Loads a corpus folder for indexing and tells the log about every file that has a problem.</summary>
public static partial class CorpusBuild
{
    public static CorpusLoadResult Load(string practicesPath, long maxFileBytes, ILogger logger)
    {
        var result = CorpusLoader.LoadDirectory(practicesPath, maxFileBytes);
        // A file with an error is left out of the index; a warning only flags something to tidy.
        var broken = result.Diagnostics.Where(d => d.IsError).Select(d => d.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.IsError)
                LogSkipped(logger, diagnostic.Path, diagnostic.Message, diagnostic.Line, diagnostic.Code);
            else
                LogWarning(logger, diagnostic.Path, diagnostic.Message, diagnostic.Line, diagnostic.Code, broken.Contains(diagnostic.Path) ? " (skipped)" : "");
        }
        LogLoaded(logger, result.Corpus.Practices.Count, broken.Count, practicesPath);
        return result;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped {Path}: {Message} (line {Line}, {Code})")]
    private static partial void LogSkipped(ILogger logger, string path, string message, int line, string code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warning in {Path}{Skipped}: {Message} (line {Line}, {Code})")]
    private static partial void LogWarning(ILogger logger, string path, string message, int line, string code, string skipped);

    [LoggerMessage(Level = LogLevel.Information, Message = "Read {PracticeCount} practices from {PracticesPath}; {SkippedCount} files skipped")]
    private static partial void LogLoaded(ILogger logger, int practiceCount, int skippedCount, string practicesPath);
}
