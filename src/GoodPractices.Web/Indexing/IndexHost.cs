using GoodPractices.Search.Contracts;
using GoodPractices.Search.Storage;
using GoodPractices.Web.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace GoodPractices.Web.Indexing;

/// <summary>
/// Holds the index version the site serves and swaps in a new one without a restart: built from the corpus at
/// start-up (rebuilt on change in Development), or opened from an index folder whose manifest is watched.
/// A failed build or open is logged and leaves the served version in place.
/// </summary>
public sealed partial class IndexHost : IHostedService, IDisposable
{
    /// <summary>The output cache tag of every page that shows index content.</summary>
    public const string CacheTag = "index";

    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    private readonly GoodPracticesOptions _options;
    private readonly bool _watchPractices;
    private readonly IOutputCacheStore _cache;
    private readonly ILogger<IndexHost> _logger;
    private readonly SemaphoreSlim _reloading = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _retiring = [];
    private IPracticeSearcher? _current;
    private DebouncedWatcher? _watcher;
    private Timer? _poll;
    private string? _builtIndexRoot;
    private int _disposed;

    public IndexHost(IOptions<GoodPracticesOptions> options, IHostEnvironment environment, IOutputCacheStore cache, ILogger<IndexHost> logger)
    {
        _options = options.Value;
        _watchPractices = _options.WatchPractices ?? environment.IsDevelopment();
        _cache = cache;
        _logger = logger;
    }

    /// <summary>The searcher of the version being served, or null while none could be opened yet.</summary>
    public IPracticeSearcher? Current => Volatile.Read(ref _current);

    /// <summary>The version being served, or null.</summary>
    public string? Version => Current?.Version;

    private bool ServesIndexFolder => !string.IsNullOrWhiteSpace(_options.IndexPath);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (ServesIndexFolder)
        {
            var root = Path.GetFullPath(_options.IndexPath!);
            await ReloadAsync(() => OpenCurrentVersion(root)).ConfigureAwait(false);
            Directory.CreateDirectory(root);
            _watcher = new DebouncedWatcher(root, "manifest.json", includeSubdirectories: false, Quiet, ReloadInBackground);
            _poll = new Timer(_ => ReloadInBackground(), null, _options.ManifestPollInterval, _options.ManifestPollInterval);
            return;
        }

        var practices = Path.GetFullPath(_options.PracticesPath);
        _builtIndexRoot = Path.Combine(Path.GetTempPath(), "goodpractices-web", Guid.NewGuid().ToString("N"));
        await ReloadAsync(() => BuildFromCorpus(practices)).ConfigureAwait(false);
        if (_watchPractices && Directory.Exists(practices))
        {
            _watcher = new DebouncedWatcher(practices, "*", includeSubdirectories: true, Quiet, ReloadInBackground);
            LogWatching(practices);
        }
    }

    private void ReloadInBackground()
    {
        if (_stopping.IsCancellationRequested) return;
        Func<IPracticeSearcher?> open = ServesIndexFolder
            ? () => OpenCurrentVersion(Path.GetFullPath(_options.IndexPath!))
            : () => BuildFromCorpus(Path.GetFullPath(_options.PracticesPath));
        _ = ReloadAsync(open);
    }

    /// <summary>Opens a new searcher (or learns there is nothing new) and swaps it in; one reload at a time.</summary>
    private async Task ReloadAsync(Func<IPracticeSearcher?> open)
    {
        try
        {
            await _reloading.WaitAsync(_stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        try
        {
            // Building and opening read files and may take seconds: keep it off the caller's thread.
            var fresh = await Task.Run(open, _stopping.Token).ConfigureAwait(false);
            if (fresh is not null) await SwapAsync(fresh).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            LogReloadFailed(e, Version ?? "(none)");
        }
        finally
        {
            _reloading.Release();
        }
    }

    private async Task SwapAsync(IPracticeSearcher fresh)
    {
        var old = Interlocked.Exchange(ref _current, fresh);
        LogServing(fresh.Version, fresh.PracticeCount, old?.Version ?? "(none)");
        await _cache.EvictByTagAsync(CacheTag, CancellationToken.None).ConfigureAwait(false);
        if (old is not null)
        {
            lock (_retiring) _retiring.Add(RetireAsync(old));
        }
    }

    // Requests that picked up the old searcher a moment ago may still be reading it.
    private async Task RetireAsync(IPracticeSearcher old)
    {
        try
        {
            await Task.Delay(_options.RetireDelay, _stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        old.Dispose();
        LogRetired(old.Version);
    }

    private IPracticeSearcher? OpenCurrentVersion(string indexRoot)
    {
        var version = IndexStore.CurrentVersion(indexRoot);
        if (version is null)
        {
            if (Current is null) LogNoVersion(indexRoot);
            return null;
        }
        if (version == Current?.Version) return null;
        LogOpening(version, indexRoot);
        return IndexStore.OpenVersion(indexRoot, version);
    }

    private IPracticeSearcher BuildFromCorpus(string practices)
    {
        LogBuilding(practices);
        var loaded = CorpusBuild.Load(practices, _logger);
        var version = IndexStore.WriteVersion(_builtIndexRoot!, loaded.Corpus,
            taxonomyYamlPath: Path.Combine(practices, GoodPractices.Core.Taxonomy.TaxonomyLoader.FileName));
        return IndexStore.OpenVersion(_builtIndexRoot!, version);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        _watcher?.Dispose();
        if (_poll is not null) await _poll.DisposeAsync().ConfigureAwait(false);
        Task[] retiring;
        lock (_retiring) retiring = [.. _retiring];
        await Task.WhenAll(retiring).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        // Registered both as a singleton and as a hosted service: the container may dispose it twice.
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        _stopping.Cancel();
        _watcher?.Dispose();
        _poll?.Dispose();
        Interlocked.Exchange(ref _current, null)?.Dispose();
        // _stopping and _reloading are left undisposed on purpose: a watcher callback or a retiring task may still
        // touch them after disposal, and neither holds an unmanaged handle unless asked for one.
        DeleteBuiltIndex();
    }

    // The index built at start-up is a private scratch copy: nothing else reads it once the site stops.
    private void DeleteBuiltIndex()
    {
        if (_builtIndexRoot is null || !Directory.Exists(_builtIndexRoot)) return;
        try
        {
            Directory.Delete(_builtIndexRoot, recursive: true);
        }
        catch (IOException e)
        {
            LogCleanupFailed(e, _builtIndexRoot);
        }
        catch (UnauthorizedAccessException e)
        {
            LogCleanupFailed(e, _builtIndexRoot);
        }
    }
}
