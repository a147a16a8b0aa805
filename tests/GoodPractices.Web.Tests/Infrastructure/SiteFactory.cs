using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GoodPractices.Web.Tests.Infrastructure;

/// <summary>
/// The site over a corpus folder (built into an index at start-up) or over an index folder. Every test
/// class gets its own: nothing one test does can change what another sees.
/// </summary>
public sealed class SiteFactory : WebApplicationFactory<Program>
{
    private readonly string? _practicesPath;
    private readonly string? _indexPath;
    private readonly bool _watch;
    private Action<IServiceCollection> _services = _ => { };
    private readonly Dictionary<string, string> _settings = [];

    public SiteFactory() : this(Fixtures.PracticesPath, null, watch: false)
    {
    }

    private SiteFactory(string? practicesPath, string? indexPath, bool watch)
    {
        _practicesPath = practicesPath;
        _indexPath = indexPath;
        _watch = watch;
    }

    public static SiteFactory OverIndex(string indexPath) => new(Fixtures.PracticesPath, indexPath, watch: false);

    public static SiteFactory OverPractices(string practicesPath) => new(practicesPath, null, watch: false);

    /// <summary>The site building its index from <paramref name="practicesPath"/> and rebuilding it when a file changes.</summary>
    public static SiteFactory WatchingPractices(string practicesPath) => new(practicesPath, null, watch: true);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("GoodPractices:PracticesPath", _practicesPath ?? "");
        builder.UseSetting("GoodPractices:IndexPath", _indexPath ?? "");
        builder.UseSetting("GoodPractices:WatchPractices", _watch ? "true" : "false");
        builder.UseSetting("GoodPractices:ManifestPollInterval", "00:00:00.200");
        // Hundreds of sites start in these tests: each would spend a few rounds of searches warming up (WarmUpTests).
        builder.UseSetting("GoodPractices:WarmUpLimit", "00:00:00");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(_services);
    }

    /// <summary>This site with one more setting, as <c>appsettings.json</c> or the environment would give it.</summary>
    public SiteFactory WithSetting(string key, string value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>This site with some services replaced, to provoke what cannot be reached from outside.</summary>
    public SiteFactory WithServices(Action<IServiceCollection> services)
    {
        _services = services;
        return this;
    }

    /// <summary>A client that does not follow redirects, so a test sees exactly what the site answered.</summary>
    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
