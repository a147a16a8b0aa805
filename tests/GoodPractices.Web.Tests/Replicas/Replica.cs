using GoodPractices.Core.Corpus;
using GoodPractices.Search.Storage;
using GoodPractices.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GoodPractices.Web.Tests.Replicas;

/// <summary>Site instances over one shared index folder, as replicas behind a proxy would be, optionally sharing a Redis.</summary>
public static class Replica
{
    /// <summary>An index folder with one version of the fixture corpus; the caller disposes it.</summary>
    public static TempDirectory IndexFolder()
    {
        var index = new TempDirectory();
        IndexStore.WriteVersion(index.Path, CorpusLoader.LoadDirectory(Fixtures.PracticesPath).Corpus);
        return index;
    }

    /// <summary>A site serving <paramref name="index"/>, with these settings on top (e.g. <c>GoodPractices:Redis</c>).</summary>
    public static WebApplicationFactory<Program> Over(TempDirectory index, params (string Key, string Value)[] settings) =>
        SiteFactory.OverIndex(index.Path).WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
        });

    /// <summary>A site serving <paramref name="index"/> that shares its cache and limits through <paramref name="redis"/>.</summary>
    public static WebApplicationFactory<Program> Over(TempDirectory index, RedisServer redis, params (string Key, string Value)[] settings) =>
        Over(index, [("GoodPractices:Redis", redis.ConnectionString), .. settings]);

    public static HttpClient Client(this WebApplicationFactory<Program> site) =>
        site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Polls until <paramref name="condition"/> holds or <paramref name="patience"/> runs out.</summary>
    public static async Task<bool> Eventually(Func<Task<bool>> condition, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition()) return true;
            await Task.Delay(100);
        }
        return await condition();
    }
}
