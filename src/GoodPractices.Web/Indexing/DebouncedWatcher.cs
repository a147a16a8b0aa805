namespace GoodPractices.Web.Indexing;

/// <summary>
/// Watches a folder and calls back once changes have been quiet for a moment: an editor saving a file, or a
/// build renaming a manifest into place, raises several events, and one reload should answer them all.
/// </summary>
public sealed class DebouncedWatcher : IDisposable
{
    private readonly FileSystemWatcher _watcher;
    private readonly Timer _timer;
    private readonly TimeSpan _quiet;

    public DebouncedWatcher(string directory, string filter, bool includeSubdirectories, TimeSpan quiet, Action onChange)
    {
        _quiet = quiet;
        _timer = new Timer(_ => onChange(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(directory, filter)
        {
            IncludeSubdirectories = includeSubdirectories,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Changed += (_, _) => Restart();
        _watcher.Created += (_, _) => Restart();
        _watcher.Deleted += (_, _) => Restart();
        _watcher.Renamed += (_, _) => Restart();
        // An overflowed buffer means events were lost: reload anyway rather than miss a change.
        _watcher.Error += (_, _) => Restart();
        _watcher.EnableRaisingEvents = true;
    }

    private void Restart() => _timer.Change(_quiet, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        _watcher.Dispose();
        _timer.Dispose();
    }
}
