using GoodPractices.Search.Contracts;
using GoodPractices.Search.Storage;
using GoodPractices.Web.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace GoodPractices.Web.Indexing;

/// <summary>
/// Holds the index version the site serves and swaps in a new one without a restart: built from the corpus at
/// start-up (rebuilt on change in Development), or opened from an index folder whose manifest is watched.
/// A failed build or open is logged and leaves the served version in place. Within a request, <see cref="Current"/>
/// is the version the request first looked at, held for it until the response has been sent, however long that
/// takes and whatever is swapped in meanwhile; a replaced version is closed when its last request ends.
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
    private readonly IHttpContextAccessor _requests;
    private SharedVersion? _current;
    private int _openVersions;
    private (string Problem, string State)? _manifestProblem;
    private DebouncedWatcher? _watcher;
    private Timer? _poll;
    private string? _builtIndexRoot;
    private int _disposed;

    public IndexHost(IOptions<GoodPracticesOptions> options, IHostEnvironment environment, IOutputCacheStore cache, ILogger<IndexHost> logger,
        IHttpContextAccessor requests)
    {
        _requests = requests;
        _options = options.Value;
        _watchPractices = _options.WatchPractices ?? environment.IsDevelopment();
        _cache = cache;
        _logger = logger;
    }

    private static readonly object LeaseItem = new();

    /// <summary>
    /// The searcher of the version being served, or null while none could be opened yet. Within a request, the same
    /// version from the request's first call to its end, held open for it (see <see cref="Acquire"/>).
    /// </summary>
    public IPracticeSearcher? Current
    {
        get
        {
            if (_requests.HttpContext is not { } context) return Volatile.Read(ref _current)?.Searcher;
            if (context.Items.TryGetValue(LeaseItem, out var held)) return ((VersionLease)held!).Searcher;
            if (Acquire() is not { } lease) return null;
            context.Items[LeaseItem] = lease;
            context.Response.RegisterForDispose(lease);
            return lease.Searcher;
        }
    }

    /// <summary>A reference to the version served now, to dispose when done reading it; null while none is open.</summary>
    public VersionLease? Acquire()
    {
        while (Volatile.Read(ref _current) is { } version)
        {
            // Null only when this version was closed between reading it and counting the reference: a newer one is served.
            if (version.TryAcquire() is { } lease) return lease;
        }
        return null;
    }

    /// <summary>How many index versions are open: the one served, and replaced ones that requests still read.</summary>
    public int OpenVersions => Volatile.Read(ref _openVersions);

    /// <summary>Why the manifest of the index folder cannot be followed, while it cannot; the served version is then stale.</summary>
    public string? ManifestProblem => _manifestProblem?.Problem;

    /// <summary>The version being served (within a request, the one it reads), or null.</summary>
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
            if (fresh is null) return;
            try
            {
                await Task.Run(() => WarmUp(fresh), _stopping.Token).ConfigureAwait(false);
            }
            catch
            {
                // A version that cannot answer a search is not served: the one before it stays.
                fresh.Dispose();
                throw;
            }
            await SwapAsync(fresh).ConfigureAwait(false);
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

    private void WarmUp(IPracticeSearcher fresh)
    {
        if (_options.WarmUpLimit <= TimeSpan.Zero) return;
        var report = VersionWarmUp.Run(fresh, _options.WarmUpLimit, _stopping.Token);
        LogWarmedUp(fresh.Version, report.Searches, report.Rounds, (long)report.Elapsed.TotalMilliseconds);
    }

    private async Task SwapAsync(IPracticeSearcher fresh)
    {
        Interlocked.Increment(ref _openVersions);
        var old = Interlocked.Exchange(ref _current, new SharedVersion(fresh, Closed));
        LogServing(fresh.Version, fresh.PracticeCount, old?.Searcher.Version ?? "(none)");
        await _cache.EvictByTagAsync(CacheTag, CancellationToken.None).ConfigureAwait(false);
        // The host's own reference: requests that started on the old version keep it open until they end.
        old?.Release();
    }

    private void Closed(SharedVersion version)
    {
        Interlocked.Decrement(ref _openVersions);
        LogRetired(version.Searcher.Version);
    }

    private IPracticeSearcher? OpenCurrentVersion(string indexRoot)
    {
        var manifest = IndexStore.ReadManifest(indexRoot);
        if (manifest.Problem is { } problem)
        {
            ReportManifestProblem(indexRoot, problem + $"; still serving {Version ?? "no version"}. Run index-build build to write a new one");
            return null;
        }
        var version = manifest.Version;
        if (version is null)
        {
            if (Volatile.Read(ref _current) is null) LogNoVersion(indexRoot);
            return null;
        }
        if (version == Volatile.Read(ref _current)?.Searcher.Version)
        {
            ClearManifestProblem();
            return null;
        }
        try
        {
            LogOpening(version, indexRoot);
            var opened = IndexStore.OpenVersion(indexRoot, version);
            ClearManifestProblem();
            return opened;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ReportManifestProblem(indexRoot,
                $"{Path.Combine(indexRoot, "manifest.json")} names version {version}, which cannot be opened; still serving {Version ?? "no version"}. " +
                "Build again, or point the manifest back at a version that is there");
            return null;
        }
    }

    // Said once for each state of the manifest, not at every poll: what the file holds tells a new state apart. (Its write
    // time does not: writing a file can touch it twice, and a poll between the two would say the same thing again.)
    private void ReportManifestProblem(string indexRoot, string problem)
    {
        var state = ManifestState(Path.Combine(indexRoot, "manifest.json"));
        var seen = _manifestProblem;
        _manifestProblem = (problem, state);
        if (seen is { } before && before.Problem == problem && before.State == state) return;
        LogManifestProblem(problem);
    }

    private static string ManifestState(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            return file.Length > 1024 * 1024 ? $"{file.Length} bytes" : Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(file));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "unreadable";
        }
    }

    private void ClearManifestProblem() => _manifestProblem = null;

    private IPracticeSearcher BuildFromCorpus(string practices)
    {
        LogBuilding(practices);
        var loaded = CorpusBuild.Load(practices, _options.MaxPracticeFileBytes, _logger);
        var version = IndexStore.WriteVersion(_builtIndexRoot!, loaded.Corpus,
            taxonomyYamlPath: Path.Combine(practices, GoodPractices.Core.Taxonomy.TaxonomyLoader.FileName));
        return IndexStore.OpenVersion(_builtIndexRoot!, version);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        _watcher?.Dispose();
        if (_poll is not null) await _poll.DisposeAsync().ConfigureAwait(false);
    }

    public void Dispose()
    {
        // Registered both as a singleton and as a hosted service: the container may dispose it twice.
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        _stopping.Cancel();
        _watcher?.Dispose();
        _poll?.Dispose();
        // Requests still reading the served version close it when they end.
        Interlocked.Exchange(ref _current, null)?.Release();
        // _stopping and _reloading are left undisposed on purpose: a watcher callback may still touch them after
        // disposal, and neither holds an unmanaged handle unless asked for one.
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
