using System.Net;
using GoodPractices.Core.Corpus;
using GoodPractices.Search.Storage;
using GoodPractices.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GoodPractices.Web.Tests.Indexing;

/// <summary>What a running site does with a bad manifest or hostile practice files, and what its log says.</summary>
public sealed class IndexFaultTests
{
    [Theory]
    [InlineData("{ \"current\": ", "is not valid JSON")]
    [InlineData("", "is empty")]
    [InlineData("{ \"current\": \"../../etc\" }", "does not name a version folder")]
    [InlineData("{ \"current\": \"20261128T000000Z-gone\" }", "names version 20261128T000000Z-gone, which cannot be opened")]
    public async Task ABadManifestIsLoggedOnceWhileTheServedVersionStaysAndHealthSaysItIsStale(string manifest, string problem)
    {
        using var index = new TempDirectory();
        var version = IndexStore.WriteVersion(index.Path, CorpusLoader.LoadDirectory(Fixtures.PracticesPath).Corpus);
        var log = new LogCollector();
        await using var site = SiteFactory.OverIndex(index.Path).WithServices(s => s.AddSingleton<ILoggerProvider>(log));
        var client = site.Client();
        Assert.Equal("Healthy", await Health(client));

        await File.WriteAllTextAsync(Path.Combine(index.Path, "manifest.json"), manifest);
        // The manifest is polled every 200 ms in these tests: ten polls at least.
        await Task.Delay(TimeSpan.FromSeconds(2.5));

        var (response, _, _) = await Html.GetAsync(client, "/practices/ie-dublin-drug-treatment-court");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(version, response.Headers.GetValues("X-Index-Version").Single());
        var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Degraded", await health.Content.ReadAsStringAsync());
        var said = Assert.Single(log.Lines, l => l.Message.Contains(problem, StringComparison.Ordinal) && l.Category == typeof(GoodPractices.Web.Indexing.IndexHost).FullName);
        Assert.Equal(LogLevel.Warning, said.Level);
        Assert.Null(said.Exception);
        Assert.Contains($"still serving {version}", said.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(log.Lines, l => l.Exception is not null);

        // Fixed by the next build: healthy again.
        var next = IndexStore.WriteVersion(index.Path, CorpusLoader.LoadDirectory(Fixtures.PracticesPath).Corpus);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Equal("Healthy", await Health(client));
        Assert.Equal(next, (await client.GetAsync(new Uri("/search", UriKind.Relative))).Headers.GetValues("X-Index-Version").Single());
    }

    [Theory]
    [InlineData(null, 5)] // the default, 1 MB: the 1.5 MB file is skipped
    [InlineData("2097152", 6)]
    public async Task TheLargestFileTheSiteReadsIsASetting(string? maxBytes, int served)
    {
        using var practices = Fixtures.CopyOfPractices();
        var file = Path.Combine(practices.Path, "it", "it-family-support-naples.md");
        await File.AppendAllTextAsync(file, "\n" + string.Concat(Enumerable.Repeat("Families are visited at home. ", 50_000)));
        var log = new LogCollector();
        var site = SiteFactory.OverPractices(practices.Path).WithServices(s => s.AddSingleton<ILoggerProvider>(log));
        if (maxBytes is not null) site = site.WithSetting("GoodPractices:MaxPracticeFileBytes", maxBytes);
        await using var _ = site;

        var (_, _, page) = await Html.GetAsync(site.Client(), "/search");

        Assert.Equal(served, Html.ResultIds(page).Count);
        Assert.Equal(served == 5, log.Lines.Any(l => l.Message.StartsWith("Skipped it/it-family-support-naples.md: ", StringComparison.Ordinal)
            && l.Message.Contains("GP030", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ASiteStartsOverHostileFilesAndItsLogSaysSkippedOnlyForThem()
    {
        using var practices = Fixtures.CopyOfPractices();
        await File.WriteAllTextAsync(Path.Combine(practices.Path, "it", "it-deep.md"), "---\ncountries: " + new string('[', 50_000) + "\n---\nText.\n");
        await File.WriteAllTextAsync(Path.Combine(practices.Path, "it", "it-tabs.md"), "---\nid: it-tabs\nevidence:\n\tlevel: x\n---\nText.\n");
        var log = new LogCollector();
        await using var site = SiteFactory.OverPractices(practices.Path).WithServices(s => s.AddSingleton<ILoggerProvider>(log));

        var (response, _, page) = await Html.GetAsync(site.Client(), "/search");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(6, Html.ResultIds(page).Count);
        var skipped = log.Lines.Where(l => l.Message.StartsWith("Skipped ", StringComparison.Ordinal)).Select(l => l.Message).ToList();
        Assert.Equal(
            [
                "Skipped it/it-deep.md: Lists and groups of fields are nested more than 20 levels deep here; a practice never needs more than four. (line 2, GP002)",
                "Skipped it/it-tabs.md: A tab is used for indentation here; front matter is indented with spaces only. Replace the tab with spaces. (line 4, GP002)",
            ],
            skipped);
        Assert.All(log.Lines.Where(l => l.Message.StartsWith("Warning in ", StringComparison.Ordinal)), l => Assert.Equal(LogLevel.Warning, l.Level));
    }

    private static async Task<string> Health(HttpClient client) =>
        await (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).Content.ReadAsStringAsync();
}
