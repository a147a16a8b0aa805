using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GoodPractices.Web.Tests.Infrastructure;

/// <summary>
/// The site over a corpus folder (built into an index at start-up) or over an index folder. Every test
/// class gets its own: nothing one test does can change what another sees.
/// </summary>
public sealed class SiteFactory : WebApplicationFactory<Program>
{
    private readonly string? _practicesPath;
    private readonly string? _indexPath;

    public SiteFactory() : this(Fixtures.PracticesPath, null)
    {
    }

    private SiteFactory(string? practicesPath, string? indexPath)
    {
        _practicesPath = practicesPath;
        _indexPath = indexPath;
    }

    public static SiteFactory OverIndex(string indexPath) => new(Fixtures.PracticesPath, indexPath);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("GoodPractices:PracticesPath", _practicesPath ?? "");
        builder.UseSetting("GoodPractices:IndexPath", _indexPath ?? "");
        builder.UseSetting("GoodPractices:WatchPractices", "false");
        builder.UseSetting("GoodPractices:ManifestPollInterval", "00:00:00.200");
        builder.UseSetting("GoodPractices:RetireDelay", "00:00:01");
    }

    /// <summary>A client that does not follow redirects, so a test sees exactly what the site answered.</summary>
    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
