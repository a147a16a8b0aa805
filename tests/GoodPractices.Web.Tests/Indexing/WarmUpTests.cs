using GoodPractices.Core.Corpus;
using GoodPractices.Search.Contracts;
using GoodPractices.Search.Storage;
using GoodPractices.Web.Hosting;
using GoodPractices.Web.Indexing;
using GoodPractices.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GoodPractices.Web.Tests.Indexing;

/// <summary>A newly opened index version is searched before its first reader meets it.</summary>
public sealed class WarmUpTests
{
    [Fact]
    public async Task AVersionIsWarmedUpBeforeItIsServedAndTheLogSaysSo()
    {
        var log = new LogCollector();
        // As configured out of the box (the test sites turn the warm-up off).
        await using var site = SiteFactory.OverPractices(Fixtures.PracticesPath)
            .WithSetting("GoodPractices:WarmUpLimit", new GoodPracticesOptions().WarmUpLimit.ToString())
            .WithServices(s => s.AddSingleton<ILoggerProvider>(log));

        var (_, _, page) = await Html.GetAsync(site.Client(), "/search");

        Assert.NotEmpty(Html.ResultIds(page));
        var lines = log.Lines.Where(l => l.Category == typeof(IndexHost).FullName).Select(l => l.Message).ToList();
        var warmed = lines.FindIndex(l => l.StartsWith("Warmed index ", StringComparison.Ordinal));
        var serving = lines.FindIndex(l => l.StartsWith("Serving index ", StringComparison.Ordinal));
        Assert.True(warmed >= 0, "The log never said the version was warmed up.");
        Assert.True(warmed < serving, "The version was served before it was warmed up.");
        var version = site.Services.GetRequiredService<IndexHost>().Version!;
        Assert.Contains(version, lines[warmed], StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithNoTimeAllowedAVersionIsServedWithoutAWarmUp()
    {
        var log = new LogCollector();
        await using var site = SiteFactory.OverPractices(Fixtures.PracticesPath)
            .WithSetting("GoodPractices:WarmUpLimit", "00:00:00")
            .WithServices(s => s.AddSingleton<ILoggerProvider>(log));

        var (_, _, page) = await Html.GetAsync(site.Client(), "/search");

        Assert.NotEmpty(Html.ResultIds(page));
        Assert.DoesNotContain(log.Lines, l => l.Message.StartsWith("Warmed index ", StringComparison.Ordinal));
        Assert.Contains(log.Lines, l => l.Message.StartsWith("Serving index ", StringComparison.Ordinal));
    }

    [Fact]
    public void TheWarmUpTakesEachPathAReadersSearchTakesWithWordsFromTheVersionsOwnVocabulary()
    {
        using var searcher = FixtureVersion();

        var searches = VersionWarmUp.Searches(searcher.Taxonomy);

        var labels = searcher.Taxonomy.Vocabularies.SelectMany(v => v.Terms).Select(t => t.Label["en"].ToLowerInvariant()).ToHashSet();
        Assert.Contains(searches, s => s.Query is { } q && labels.Contains(q) && q.Contains(' ', StringComparison.Ordinal));
        Assert.Contains(searches, s => s.Query is { } q && q.EndsWith(' ') && !labels.Any(l => l.Contains(q.Trim(), StringComparison.Ordinal)));
        Assert.Contains(searches, s => s.Query is { Length: > 0 } q && !q.EndsWith(' ') && !q.Contains(' ', StringComparison.Ordinal));
        Assert.Contains(searches, s => s.Query is { } q && searcher.Taxonomy.Countries.Values.Any(c => q.EndsWith(c.Name["en"], StringComparison.Ordinal)));
        Assert.Contains(searches, s => s.Filters.Count > 0 && s.Sort == SearchSort.Newest);
        Assert.Contains(searches, s => s.Page == 2);
        Assert.Contains(searches, s => s.DisplayLanguage != "en");
        // Searches that find nothing would warm up only the path of an empty answer.
        Assert.True(searches.Count(s => searcher.Search(s).TotalHits > 0) * 2 > searches.Count);
    }

    [Fact]
    public void AWarmUpEndsOnceItsRoundsStopGettingFaster()
    {
        using var searcher = FixtureVersion();

        var report = VersionWarmUp.Run(searcher, TimeSpan.FromMinutes(5));

        Assert.True(report.Rounds >= 4, $"{report.Rounds} rounds");
        Assert.True(report.Elapsed < TimeSpan.FromMinutes(1), $"{report.Elapsed}");
        Assert.Equal(report.Rounds * VersionWarmUp.Searches(searcher.Taxonomy).Count, report.Searches);
        Assert.True(report.Hits > 0);
    }

    [Fact]
    public void WithNoTimeLeftAWarmUpStillRunsOneRound()
    {
        using var searcher = FixtureVersion();

        var report = VersionWarmUp.Run(searcher, TimeSpan.Zero);

        Assert.Equal(1, report.Rounds);
        Assert.Equal(VersionWarmUp.Searches(searcher.Taxonomy).Count, report.Searches);
    }

    [Fact]
    public void AWarmUpStopsWhenTheSiteIsBeingStopped()
    {
        using var searcher = FixtureVersion();
        using var stopping = new CancellationTokenSource();
        stopping.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => VersionWarmUp.Run(searcher, TimeSpan.FromMinutes(5), stopping.Token));
    }

    private static IPracticeSearcher FixtureVersion() => IndexStore.BuildInMemory(CorpusLoader.LoadDirectory(Fixtures.PracticesPath).Corpus);
}
