using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GoodPractices.Browser.Tests.Infrastructure;

/// <summary>The real site over the real corpus, on a real port of 127.0.0.1, as a reader's browser meets it.</summary>
public sealed class SiteServer : WebApplicationFactory<Program>
{
    public SiteServer()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
    }

    public string BaseUrl { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("GoodPractices:PracticesPath", Path.Combine(RepositoryRoot(), "practices"));
        builder.UseSetting("GoodPractices:IndexPath", "");
        builder.UseSetting("GoodPractices:WatchPractices", "false");
        // Outside Development the site expects a published wwwroot. A build keeps the gzip and Brotli copies of the
        // stylesheet and scripts under obj/, found through the runtime manifest: without it a browser, which asks
        // for them compressed, is sent empty files.
        builder.UseStaticWebAssets();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GoodPractices.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("GoodPractices.sln not found above " + AppContext.BaseDirectory);
    }
}
