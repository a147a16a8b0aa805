using System.Diagnostics;
using GoodPractices.Search.Contracts;
using GoodPractices.Web.Indexing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace GoodPractices.Web.Hosting;

/// <summary>
/// Asks the site for one page of each kind as soon as it listens, so that the first reader of each kind does not wait
/// while the runtime compiles that page's code and the framework prepares what it prepares on a first request: after a
/// start, the first search page took 0.3 s and the first practice page 0.4 s, against 10 to 30 ms for the next ones.
/// <para>
/// The index warm-up (<see cref="VersionWarmUp"/>) has compiled the search by then; this reaches the pages, the API and
/// their localization. <c>/health/ready</c> answers once it has run, so a replica restarted in turn is only taken as
/// ready once its pages are. It runs with the index warm-up (<see cref="GoodPracticesOptions.WarmUpLimit"/>; zero
/// turns both off), only over plain HTTP, and does nothing while no index version is open.
/// </para>
/// </summary>
public sealed partial class PageWarmUp(IServer server, IHostApplicationLifetime lifetime, IndexHost index,
    IOptions<GoodPracticesOptions> options, IConfiguration configuration, ILogger<PageWarmUp> logger) : IHostedService, IHealthCheck, IDisposable
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stopping = new();
    private CancellationTokenRegistration _started;
    private volatile bool _disposed;

    /// <summary>Completes when the warm-up has run, or was not needed.</summary>
    public Task Completion => _done.Task;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.WarmUpLimit <= TimeSpan.Zero) _done.TrySetResult();
        else _started = lifetime.ApplicationStarted.Register(() => _ = Task.Run(RunAsync));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        // A test host may dispose its services before it stops them.
        if (!_disposed) _stopping.Cancel();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _started.Dispose();
        _stopping.Cancel();
        _stopping.Dispose();
    }

    /// <summary>
    /// Asked while the warm-up runs (a second or two after a start), readiness waits for it to end rather than answer
    /// 503, which would log an error at every start; after the time allowed it says the site is degraded.
    /// </summary>
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!_done.Task.IsCompleted)
        {
            await Task.WhenAny(_done.Task, Task.Delay(options.Value.WarmUpLimit, cancellationToken)).ConfigureAwait(false);
        }
        return _done.Task.IsCompleted
            ? HealthCheckResult.Healthy("Every kind of page has been asked for once")
            : HealthCheckResult.Degraded("Still asking for one page of each kind; the first readers of some wait longer");
    }

    private async Task RunAsync()
    {
        try
        {
            if (OwnAddress() is not { } address || index.Acquire() is not { } lease) return;
            IReadOnlyList<string> paths;
            using (lease) paths = Paths(lease.Searcher);
            using var client = new HttpClient { BaseAddress = address, Timeout = options.Value.WarmUpLimit };
            // A site that only answers to its public name (AllowedHosts) is asked under that name.
            if (AllowedHost() is { } host) client.DefaultRequestHeaders.Host = host;
            var clock = Stopwatch.StartNew();
            var failed = 0;
            foreach (var path in paths)
            {
                if (clock.Elapsed > options.Value.WarmUpLimit) break;
                using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead, _stopping.Token).ConfigureAwait(false);
                if ((int)response.StatusCode >= 500) failed++;
            }
            LogWarmedUp(paths.Count, failed, clock.ElapsedMilliseconds);
        }
        catch (Exception) when (_disposed || _stopping.IsCancellationRequested)
        {
            // The site is stopping: nobody is waiting for its pages.
        }
        catch (Exception e)
        {
            // Readers are served all the same; their first pages are slower.
            LogFailed(e);
        }
        finally
        {
            _done.TrySetResult();
        }
    }

    /// <summary>One page of each kind readers ask for, over what the served version holds.</summary>
    public static IReadOnlyList<string> Paths(IPracticeSearcher searcher)
    {
        var taxonomy = searcher.Taxonomy;
        var words = VersionWarmUp.Searches(taxonomy).Select(s => s.Query).OfType<string>().Where(q => q.Trim().Length > 0).Distinct().ToList();
        string Raw(int i) => words.Count == 0 ? "prison" : words[i % words.Count].Trim();
        string Word(int i) => Uri.EscapeDataString(Raw(i));
        var everything = searcher.Search(new SearchRequest { PageSize = 1 });
        var first = everything.Hits.FirstOrDefault();
        var countries = everything.FacetValues(FacetDimension.Country.Name).Take(2).Select(v => v.Value).ToList();
        var paths = new List<string>
        {
            "/",
            "/search",
            "/search?q=" + Word(0),
            "/search?q=" + Word(1) + "&page=2",
            "/fr/search?q=" + Word(2),
            "/browse",
            "/browse/intervention",
            "/countries",
            "/about",
            "/contribute",
            "/api/search?q=" + Word(3),
            "/api/suggest?q=" + Uri.EscapeDataString(Raw(4)[..Math.Min(3, Raw(4).Length)]),
            "/errors/404",
        };
        if (first is not null)
        {
            paths.Add("/practices/" + Uri.EscapeDataString(first.Id));
            paths.Add("/api/practices/" + Uri.EscapeDataString(first.Id));
        }
        if (countries.Count > 0)
        {
            paths.Add("/countries/" + countries[0].ToLowerInvariant());
            paths.Add("/search?q=" + Word(5) + "&country=" + countries[0]);
            paths.Add("/compare?countries=" + string.Join(',', countries));
        }
        return paths;
    }

    // The site's own address over plain HTTP, with a wildcard host read as this machine.
    private Uri? OwnAddress()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            if (!address.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || address.Contains("unix:", StringComparison.OrdinalIgnoreCase)) continue;
            var local = address
                .Replace("://+:", "://127.0.0.1:", StringComparison.Ordinal)
                .Replace("://*:", "://127.0.0.1:", StringComparison.Ordinal)
                .Replace("://0.0.0.0:", "://127.0.0.1:", StringComparison.Ordinal)
                .Replace("://[::]:", "://[::1]:", StringComparison.Ordinal);
            if (Uri.TryCreate(local, UriKind.Absolute, out var uri)) return uri;
        }
        return null;
    }

    private string? AllowedHost()
    {
        var first = (configuration["AllowedHosts"] ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (first is null or "*") return null;
        return first.StartsWith("*.", StringComparison.Ordinal) ? "www" + first[1..] : first;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Warmed the pages up with {Requests} requests ({Failed} answered with a server error), {ElapsedMs} ms")]
    private partial void LogWarmedUp(int requests, int failed, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not warm the pages up; the first readers of each page wait longer")]
    private partial void LogFailed(Exception exception);
}
