using System.Diagnostics;
using System.Globalization;

namespace GoodPractices.Core.Corpus;

/// <summary>
/// When each file of a corpus was first published: the day of the commit that added it, read from the repository's
/// history in one <c>git log</c>. A corpus outside a repository, a machine without git, or a file not committed yet
/// has no date, and citations fall back to the entry's review date.
/// </summary>
public sealed class PublicationDates
{
    public static readonly PublicationDates None = new(new Dictionary<string, DateOnly>(StringComparer.Ordinal));

    private readonly IReadOnlyDictionary<string, DateOnly> _byPath;

    private PublicationDates(IReadOnlyDictionary<string, DateOnly> byPath) => _byPath = byPath;

    /// <summary>The day the file at <paramref name="relativePath"/> (forward slashes, relative to the corpus) was first committed.</summary>
    public DateOnly? For(string relativePath) => _byPath.TryGetValue(relativePath, out var date) ? date : null;

    public int Count => _byPath.Count;

    public static PublicationDates Read(string corpusRoot)
    {
        try
        {
            var start = new ProcessStartInfo("git")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = corpusRoot,
            };
            // Newest first; a file's add that is seen last is its first. Renames count as adds at the new path.
            foreach (var argument in new[] { "log", "--diff-filter=A", "--no-renames", "--relative", "--format=@%as", "--name-only", "--", "." })
                start.ArgumentList.Add(argument);
            using var git = Process.Start(start);
            if (git is null) return None;
            git.ErrorDataReceived += (_, _) => { };
            git.BeginErrorReadLine();
            var output = git.StandardOutput.ReadToEnd();
            if (!git.WaitForExit(TimeSpan.FromSeconds(30)) || git.ExitCode != 0) return None;
            return new PublicationDates(Parse(output));
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return None; // no git on this machine
        }
    }

    internal static Dictionary<string, DateOnly> Parse(string log)
    {
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        DateOnly? current = null;
        foreach (var line in log.Split('\n'))
        {
            var text = line.TrimEnd('\r');
            if (text.Length == 0) continue;
            if (text[0] == '@')
            {
                current = DateOnly.TryParseExact(text[1..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
                continue;
            }
            if (current is { } date) dates[text] = date;
        }
        return dates;
    }
}
