using System.Diagnostics;
using GoodPractices.Core.Corpus;

namespace GoodPractices.Core.Tests.Corpus;

/// <summary>A practice is first published the day its file was first committed; later edits do not change that day.</summary>
public sealed class PublicationDatesTests : IDisposable
{
    private readonly string _repository = Path.Combine(Path.GetTempPath(), "gp-published-" + Guid.NewGuid().ToString("N"));

    public PublicationDatesTests() => Directory.CreateDirectory(_repository);

    [Fact]
    public void APracticeIsPublishedOnTheDayItsFileWasFirstCommitted()
    {
        var corpus = CopyCorpus();
        Git("init", "-q");
        Git("add", ".");
        Commit("2025-03-04T10:00:00Z", "Add the practice");
        File.AppendAllText(Path.Combine(corpus, PracticePath), "\nA sentence added in a later review.\n");
        Git("add", ".");
        Commit("2026-09-01T10:00:00Z", "Review the practice");

        var practice = Assert.Single(new CorpusLoader(Fixture.Taxonomy, Fixture.Today).Load(corpus).Corpus.Practices);

        Assert.Equal(new DateOnly(2025, 3, 4), practice.FirstPublished);
    }

    [Fact]
    public void AFileNotCommittedYetHasNoPublicationDay()
    {
        var corpus = CopyCorpus();
        Git("init", "-q");

        var practice = Assert.Single(new CorpusLoader(Fixture.Taxonomy, Fixture.Today).Load(corpus).Corpus.Practices);

        Assert.Null(practice.FirstPublished);
    }

    private const string PracticePath = "it/it-valid-practice.md";

    // The fixture practice whose only fault is its source's address, made valid, in a folder of the repository.
    private string CopyCorpus()
    {
        var corpus = Path.Combine(_repository, "practices");
        Directory.CreateDirectory(Path.Combine(corpus, "it"));
        var source = Directory.EnumerateFiles(Path.Combine(Fixture.ValidationCases, "bad-url-scheme"), "*.md", SearchOption.AllDirectories).First();
        var text = File.ReadAllText(source);
        var id = Path.GetFileNameWithoutExtension(source);
        File.WriteAllText(Path.Combine(corpus, PracticePath), text.Replace(id, "it-valid-practice", StringComparison.Ordinal)
            .Replace("javascript:alert(1)", "https://www.normattiva.it", StringComparison.Ordinal));
        return corpus;
    }

    private void Commit(string date, string message)
    {
        var start = Start("commit", "-q", "-m", message);
        start.Environment["GIT_AUTHOR_DATE"] = date;
        start.Environment["GIT_COMMITTER_DATE"] = date;
        Run(start);
    }

    private void Git(params string[] arguments) => Run(Start(arguments));

    private ProcessStartInfo Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = _repository, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false" }.Concat(arguments))
            start.ArgumentList.Add(argument);
        return start;
    }

    private static void Run(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
    }

    public void Dispose() => Directory.Delete(_repository, recursive: true);
}
