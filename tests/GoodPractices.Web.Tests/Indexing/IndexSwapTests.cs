using GoodPractices.Core.Corpus;
using GoodPractices.Search.Storage;
using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Indexing;

public sealed class IndexSwapTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ANewIndexVersionIsServedWithoutARestart()
    {
        using var practices = Fixtures.CopyOfPractices();
        using var index = new TempDirectory();
        WriteVersion(practices.Path, index.Path);
        await using var site = SiteFactory.OverIndex(index.Path);
        var client = site.Client();
        const string address = "/practices/ie-dublin-drug-treatment-court";
        Assert.Equal("Dublin Drug Treatment Court", await TitleOf(client, address));

        Rename(practices.Path, "ie/ie-dublin-drug-treatment-court.md", "Dublin Drug Treatment Court", "Dublin Drug Treatment Court, renamed");
        WriteVersion(practices.Path, index.Path);

        Assert.True(await Eventually(async () => await TitleOf(client, address) == "Dublin Drug Treatment Court, renamed"),
            "The page never showed the new version's title.");
    }

    [Fact]
    public async Task ANewIndexVersionEvictsThePagesCachedFromTheOldOne()
    {
        using var practices = Fixtures.CopyOfPractices();
        using var index = new TempDirectory();
        WriteVersion(practices.Path, index.Path);
        await using var site = SiteFactory.OverIndex(index.Path);
        var client = site.Client();
        const string address = "/search?country=IE";
        var first = await client.GetAsync(new Uri(address, UriKind.Relative));
        var second = await client.GetAsync(new Uri(address, UriKind.Relative));
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        var oldVersion = Header(second, "X-Index-Version");

        Rename(practices.Path, "ie/ie-dublin-drug-treatment-court.md", "Dublin Drug Treatment Court", "Dublin Drug Treatment Court, renamed");
        WriteVersion(practices.Path, index.Path);

        Assert.True(await Eventually(async () =>
        {
            var response = await client.GetAsync(new Uri(address, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            return Header(response, "X-Index-Version") != oldVersion
                && response.Headers.Age is null
                && body.Contains("Dublin Drug Treatment Court, renamed", StringComparison.Ordinal);
        }), "The cached page of the old version kept being served.");
    }

    [Fact]
    public async Task AManifestNamingABrokenVersionLeavesTheServedVersionInPlace()
    {
        using var practices = Fixtures.CopyOfPractices();
        using var index = new TempDirectory();
        WriteVersion(practices.Path, index.Path);
        await using var site = SiteFactory.OverIndex(index.Path);
        var client = site.Client();
        var manifest = Path.Combine(index.Path, "manifest.json");
        var before = await File.ReadAllTextAsync(manifest);
        var version = IndexStore.CurrentVersion(index.Path)!;

        await File.WriteAllTextAsync(manifest, before.Replace(version, "no-such-version", StringComparison.Ordinal));
        await Task.Delay(TimeSpan.FromSeconds(1));

        var (response, _, page) = await Html.GetAsync(client, "/practices/ie-dublin-drug-treatment-court");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(version, Header(response, "X-Index-Version"));
        Assert.Equal("Dublin Drug Treatment Court", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task EditingAPracticeFileRebuildsTheIndexForALivePreview()
    {
        using var practices = Fixtures.CopyOfPractices();
        await using var site = SiteFactory.WatchingPractices(practices.Path);
        var client = site.Client();
        const string address = "/practices/ie-dublin-drug-treatment-court";
        Assert.Equal("Dublin Drug Treatment Court", await TitleOf(client, address));

        Rename(practices.Path, "ie/ie-dublin-drug-treatment-court.md", "Dublin Drug Treatment Court", "Dublin Drug Treatment Court, edited");

        Assert.True(await Eventually(async () => await TitleOf(client, address) == "Dublin Drug Treatment Court, edited"),
            "The edited title never appeared.");
    }

    [Fact]
    public async Task ABrokenEditKeepsTheLastGoodIndexServed()
    {
        using var practices = Fixtures.CopyOfPractices();
        await using var site = SiteFactory.WatchingPractices(practices.Path);
        var client = site.Client();

        await File.WriteAllTextAsync(Path.Combine(practices.Path, "taxonomy.yml"), "vocabularies: [this is not: a taxonomy");
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        var (response, _, page) = await Html.GetAsync(client, "/search");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(6, Html.ResultIds(page).Count);
    }

    [Fact]
    public async Task ASiteThatCouldNotBuildAnIndexSaysItIsBeingPrepared()
    {
        using var empty = new TempDirectory();
        await using var site = SiteFactory.OverPractices(empty.Path);
        var client = site.Client();

        var (response, _, page) = await Html.GetAsync(client, "/search?q=prison");
        var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("The knowledge base is being prepared · GoodPractices", page.Title);
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, health.StatusCode);
    }

    private static void WriteVersion(string practicesPath, string indexPath)
    {
        var loaded = CorpusLoader.LoadDirectory(practicesPath);
        Assert.False(loaded.HasErrors, string.Join('\n', loaded.Diagnostics));
        IndexStore.WriteVersion(indexPath, loaded.Corpus);
    }

    private static void Rename(string practicesPath, string file, string from, string to)
    {
        var path = Path.Combine(practicesPath, file);
        File.WriteAllText(path, File.ReadAllText(path).Replace("title: " + from, "title: " + to, StringComparison.Ordinal));
    }

    private static async Task<string?> TitleOf(HttpClient client, string address)
    {
        var (_, _, page) = await Html.GetAsync(client, address);
        return page.QuerySelector("h1")?.TextContent;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static async Task<bool> Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition()) return true;
            await Task.Delay(100);
        }
        return false;
    }
}
