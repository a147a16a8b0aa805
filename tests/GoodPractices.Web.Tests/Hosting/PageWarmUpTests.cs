using System.Net;
using System.Text.Json;
using GoodPractices.Web.Hosting;
using GoodPractices.Web.Indexing;
using GoodPractices.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GoodPractices.Web.Tests.Hosting;

/// <summary>A started site asks for one page of each kind before it says it is ready, so its first readers do not wait.</summary>
public sealed class PageWarmUpTests
{
    [Fact]
    public async Task ASiteListeningOnAPortAsksForEachKindOfPageBeforeItSaysItIsReady()
    {
        var log = new LogCollector();
        await using var site = SiteFactory.OverPractices(Fixtures.PracticesPath)
            .WithSetting("GoodPractices:WarmUpLimit", new GoodPracticesOptions().WarmUpLimit.ToString())
            .WithSetting("urls", "http://127.0.0.1:0")
            .WithServices(s => s.AddSingleton<ILoggerProvider>(log));
        site.UseKestrel();
        site.StartServer();
        var address = site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        using var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var health = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", health.RootElement.GetProperty("checks").GetProperty("pages").GetProperty("status").GetString());
        var warmed = Assert.Single(log.Lines, l => l.Category == typeof(PageWarmUp).FullName);
        using var lease = site.Services.GetRequiredService<IndexHost>().Acquire()!;
        var asked = PageWarmUp.Paths(lease.Searcher).Count;
        Assert.StartsWith($"Warmed the pages up with {asked} requests (0 answered with a server error)", warmed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryPageTheWarmUpAsksForIsOneTheSiteHas()
    {
        await using var site = new SiteFactory();
        var client = site.Client();
        await client.GetAsync("/");
        using var lease = site.Services.GetRequiredService<IndexHost>().Acquire()!;

        var paths = PageWarmUp.Paths(lease.Searcher);

        Assert.True(paths.Count >= 15, string.Join(", ", paths));
        foreach (var path in paths.Where(p => p != "/errors/404"))
        {
            using var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        }
        Assert.Contains(paths, p => p.StartsWith("/practices/", StringComparison.Ordinal));
        Assert.Contains(paths, p => p.StartsWith("/fr/search?q=", StringComparison.Ordinal));
        Assert.Contains(paths, p => p.StartsWith("/api/search?q=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithNoTimeAllowedNothingIsAskedForAndTheSiteIsReadyAtOnce()
    {
        var log = new LogCollector();
        await using var site = SiteFactory.OverPractices(Fixtures.PracticesPath)
            .WithSetting("urls", "http://127.0.0.1:0")
            .WithServices(s => s.AddSingleton<ILoggerProvider>(log));
        site.UseKestrel();
        site.StartServer();

        Assert.True(site.Services.GetRequiredService<PageWarmUp>().Completion.IsCompleted);
        Assert.DoesNotContain(log.Lines, l => l.Category == typeof(PageWarmUp).FullName);
    }
}
