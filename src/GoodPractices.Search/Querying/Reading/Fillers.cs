using GoodPractices.Search.Indexing;

namespace GoodPractices.Search.Querying.Reading;

/// <summary>
/// Question words and fillers in the five interface languages (<c>Fillers.txt</c>): "what works for", "how do",
/// "qu'est-ce que", "come si". A query that has other words leaves them out, so they never make it fail or rank worse.
/// </summary>
internal static class Fillers
{
    private static readonly HashSet<string> Words = Read();

    /// <summary>Whether <paramref name="word"/> (as typed) is a filler.</summary>
    public static bool Contains(string word)
    {
        var folded = TextFolding.Fold(word).Replace('’', '\'');
        // "qu'est-ce" and "l'usage": the part before an apostrophe is an article or a pronoun.
        return Words.Contains(folded);
    }

    private static HashSet<string> Read()
    {
        return EmbeddedText.Read("Fillers.txt").Split('\n')
            .Select(line => line.Split('#')[0])
            .SelectMany(line => line.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Select(TextFolding.Fold)
            .ToHashSet(StringComparer.Ordinal);
    }
}
