namespace GoodPractices.Search.Querying.Suggestions;

/// <summary>
/// Optimal string alignment distance (Levenshtein plus adjacent transpositions), the measure Lucene's fuzzy
/// queries use, so a correction shown to the reader is one the fuzzy search would also have found.
/// </summary>
internal static class EditDistance
{
    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/>, or <paramref name="max"/> + 1 when it is larger.</summary>
    public static int Within(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], previous2[j - 2] + 1);
                }
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }
            if (rowMinimum > max) return max + 1;
            (previous2, previous, current) = (previous, current, previous2);
        }
        return Math.Min(previous[b.Length], max + 1);
    }

    /// <summary>How many typing mistakes a word may hold: none under 5 letters, one from 5, two from 9.</summary>
    public static int AllowedFor(string word) => word.Length switch
    {
        < 5 => 0,
        < 9 => 1,
        _ => 2,
    };
}
