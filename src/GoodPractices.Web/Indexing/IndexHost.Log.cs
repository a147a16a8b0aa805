namespace GoodPractices.Web.Indexing;

// The index host's log messages, as structured templates (the version and paths are searchable properties).
public sealed partial class IndexHost
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Building an index from {PracticesPath}")]
    private partial void LogBuilding(string practicesPath);

    [LoggerMessage(Level = LogLevel.Information, Message = "Opening index {IndexVersion} from {IndexPath}")]
    private partial void LogOpening(string indexVersion, string indexPath);

    [LoggerMessage(Level = LogLevel.Information, Message = "Warmed index {IndexVersion} up with {Searches} searches in {Rounds} rounds, {ElapsedMs} ms")]
    private partial void LogWarmedUp(string indexVersion, int searches, int rounds, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving index {IndexVersion} ({PracticeCount} practices), replacing {PreviousVersion}")]
    private partial void LogServing(string indexVersion, int practiceCount, string previousVersion);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Closed index {IndexVersion}: no request reads it any more")]
    private partial void LogRetired(string indexVersion);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No index version is named in {IndexPath}/manifest.json yet; pages answer 503 until one is")]
    private partial void LogNoVersion(string indexPath);

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {PracticesPath}: the index is rebuilt when a practice changes")]
    private partial void LogWatching(string practicesPath);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Problem}")]
    private partial void LogManifestProblem(string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not load a new index; still serving {IndexVersion}")]
    private partial void LogReloadFailed(Exception exception, string indexVersion);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete the scratch index {IndexPath}")]
    private partial void LogCleanupFailed(Exception exception, string indexPath);
}
