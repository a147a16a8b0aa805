using System.Text.Json;
using GoodPractices.Core.Corpus;
using GoodPractices.Search.Storage;
using GoodPractices.Web.Indexing;
using GoodPractices.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GoodPractices.Web.Tests.Exports;

/// <summary>
/// A long export holds the index version it started on: new versions are swapped in and old folders deleted while it
/// runs, and it still returns every hit of its own version, which is closed only when the export ends.
/// </summary>
public sealed class ExportAcrossSwapTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task AnExportRunningAcrossIndexSwapsReturnsEveryHitOfTheVersionItStartedOn()
    {
        using var index = new TempDirectory();
        var loaded = CorpusLoader.LoadDirectory(Fixtures.PracticesPath);
        // Large enough that the export cannot be written at once: the server waits for this test to read it.
        var many = new PracticeCorpus(loaded.Corpus.Taxonomy,
            loaded.Corpus.Practices.SelectMany(p => Enumerable.Range(0, 150).Select(i => p with { Id = $"{p.Id}-{i}", Related = [] })).ToList());
        var first = IndexStore.WriteVersion(index.Path, many);
        await using var site = SiteFactory.OverIndex(index.Path);
        var client = site.Client();
        var host = site.Services.GetRequiredService<IndexHost>();

        using var response = await client.GetAsync(new Uri("/export.jsonl", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        using var reader = new StreamReader(body);
        var ids = new List<string> { IdOf(await reader.ReadLineAsync()) };

        // Two builds: the first version is no longer served, and its folder is deleted from the disk.
        var second = IndexStore.WriteVersion(index.Path, loaded.Corpus);
        Assert.True(await Eventually(async () => await VersionServed(client) == second), "The second version was never served.");
        IndexStore.WriteVersion(index.Path, loaded.Corpus);
        Assert.True(await Eventually(async () => await VersionServed(client) is { } served && served != second), "The third version was never served.");
        Assert.False(Directory.Exists(Path.Combine(index.Path, "versions", first)));
        Assert.Equal(2, host.OpenVersions);
        await Task.Delay(TimeSpan.FromSeconds(2));

        while (await reader.ReadLineAsync() is { } line) ids.Add(IdOf(line));

        Assert.Equal(first, response.Headers.GetValues("X-Index-Version").Single());
        Assert.Equal(many.Practices.Count, int.Parse(response.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(many.Practices.Select(p => p.Id).Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        Assert.True(await Eventually(() => Task.FromResult(host.OpenVersions == 1)), "The first version stayed open after its last reader ended.");
    }

    [Fact]
    public async Task AVersionNobodyReadsIsClosedAsSoonAsItIsReplaced()
    {
        using var index = new TempDirectory();
        var loaded = CorpusLoader.LoadDirectory(Fixtures.PracticesPath);
        IndexStore.WriteVersion(index.Path, loaded.Corpus);
        await using var site = SiteFactory.OverIndex(index.Path);
        var client = site.Client();
        var host = site.Services.GetRequiredService<IndexHost>();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/search?q=prison", UriKind.Relative))).StatusCode);

        var second = IndexStore.WriteVersion(index.Path, loaded.Corpus);

        Assert.True(await Eventually(async () => await VersionServed(client) == second), "The second version was never served.");
        Assert.Equal(1, host.OpenVersions);
    }

    private static string IdOf(string? line)
    {
        Assert.NotNull(line);
        using var document = JsonDocument.Parse(line);
        return document.RootElement.GetProperty("id").GetString()!;
    }

    private static async Task<string?> VersionServed(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/search", UriKind.Relative));
        return response.Headers.TryGetValues("X-Index-Version", out var values) ? values.Single() : null;
    }

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
