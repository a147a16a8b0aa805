using GoodPractices.Core.Text;

namespace GoodPractices.Search.Querying.Snippets;

/// <summary>The analyzed terms a query looks for, per field family, so a snippet can mark exactly what matched.</summary>
internal sealed class HighlightTerms
{
    private readonly Dictionary<string, HashSet<string>> _byLanguageKey = new(StringComparer.Ordinal);

    /// <summary>Terms of the accent-folded fields.</summary>
    public HashSet<string> Folded { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded prefixes from <c>treat*</c>.</summary>
    public HashSet<string> FoldedPrefixes { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded words searched with typing mistakes allowed, with how many.</summary>
    public Dictionary<string, int> FuzzyWords { get; } = new(StringComparer.Ordinal);

    public bool IsEmpty => Folded.Count == 0 && FoldedPrefixes.Count == 0 && FuzzyWords.Count == 0 && _byLanguageKey.Values.All(s => s.Count == 0);

    public void Add(string languageKey, string term)
    {
        if (!_byLanguageKey.TryGetValue(languageKey, out var set)) _byLanguageKey[languageKey] = set = new HashSet<string>(StringComparer.Ordinal);
        set.Add(term);
    }

    public IReadOnlySet<string> ForLanguage(string languageKey) =>
        _byLanguageKey.TryGetValue(languageKey, out var set) ? set : Empty;

    /// <summary>Asks whether a term of the language's own fields is one looked for, without making a string of it.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LanguageLookup(string languageKey) =>
        (_byLanguageKey.TryGetValue(languageKey, out var set) ? set : Empty).GetAlternateLookup<ReadOnlySpan<char>>();

    public bool MatchesFolded(ReadOnlySpan<char> term)
    {
        if (Folded.Count > 0 && Folded.GetAlternateLookup<ReadOnlySpan<char>>().Contains(term)) return true;
        foreach (var prefix in FoldedPrefixes)
        {
            if (term.StartsWith(prefix, StringComparison.Ordinal)) return true;
        }
        if (FuzzyWords.Count == 0) return false;
        var text = term.ToString();
        return FuzzyWords.Any(f => Closest.Distance(f.Key, text) <= f.Value);
    }

    private static readonly HashSet<string> Empty = new(StringComparer.Ordinal);
}
