namespace GoodPractices.Core.Text;

/// <summary>"Did you mean" suggestions: the valid values nearest to a mistyped one.</summary>
public static class Closest
{
    /// <summary>Up to <paramref name="count"/> candidates close enough to <paramref name="value"/> to be a likely typo or near-synonym.</summary>
    public static IReadOnlyList<string> To(string value, IEnumerable<string> candidates, int count = 3)
    {
        var lowered = value.Trim().ToLowerInvariant();
        return candidates
            .Select(c => (Candidate: c, Score: Score(lowered, c.ToLowerInvariant())))
            .Where(x => x.Score <= Math.Max(2, x.Candidate.Length / 3) || SharesAWord(lowered, x.Candidate))
            .OrderBy(x => x.Score)
            .ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .Take(count)
            .Select(x => x.Candidate)
            .ToList();
    }

    // A contributor often types one word of a multi-word slug ("court" for "drug-treatment-court").
    private static bool SharesAWord(string value, string candidate)
    {
        var words = candidate.Split('-', '_', ' ');
        return value.Split('-', '_', ' ').Any(w => w.Length >= 4 && words.Any(c => c.StartsWith(w, StringComparison.OrdinalIgnoreCase)));
    }

    private static int Score(string a, string b)
    {
        if (b.StartsWith(a, StringComparison.Ordinal) && a.Length >= 3)
        {
            return 1;
        }
        return Distance(a, b);
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
