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
        // A passage repeats its words, and a page of passages more so: each word is measured against the typed ones once.
        var tested = _fuzzyTested.GetAlternateLookup<ReadOnlySpan<char>>();
        if (tested.TryGetValue(term, out var close)) return close;
        var text = term.ToString();
        close = FuzzyWords.Any(f => Math.Abs(f.Key.Length - text.Length) <= f.Value && Closest.Distance(f.Key, text) <= f.Value);
        _fuzzyTested[text] = close;
        return close;
    }

    /// <summary>
    /// A folded word as the language's analyzer reads it (its terms), read once per search with <paramref name="read"/>.
    /// </summary>
    public IReadOnlyList<string> LanguageReading(string languageKey, string word, Func<string, IEnumerable<Matching.AnalyzedToken>> read)
    {
        if (!_languageReadings.TryGetValue((languageKey, word), out var terms))
        {
            _languageReadings[(languageKey, word)] = terms = [.. read(word).Select(t => t.Term)];
        }
        return terms;
    }

    private readonly Dictionary<(string, string), string[]> _languageReadings = [];

    // Which words of the text were within the allowed mistakes of a fuzzy word; one set of terms serves one search.
    private readonly Dictionary<string, bool> _fuzzyTested = new(StringComparer.Ordinal);

    private static readonly HashSet<string> Empty = new(StringComparer.Ordinal);
}
