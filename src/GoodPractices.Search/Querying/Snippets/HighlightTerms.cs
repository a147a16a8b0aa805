using System.Collections.Concurrent;
using GoodPractices.Core.Text;
using GoodPractices.Search.Querying.Suggestions;

namespace GoodPractices.Search.Querying.Snippets;

/// <summary>The analyzed terms a query looks for, per field family, so a snippet can mark exactly what matched.</summary>
internal sealed class HighlightTerms
{
    private readonly Dictionary<string, HashSet<string>> _byLanguageKey = new(StringComparer.Ordinal);

    /// <summary>Terms of the accent-folded fields.</summary>
    public HashSet<string> Folded { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded prefixes from <c>treat*</c>.</summary>
    public HashSet<string> FoldedPrefixes { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Terms of the tags' labels and descriptions (<see cref="Indexing.FieldNames.Labels"/>), as the query looked for them
    /// there: which of a practice's tags found it (<see cref="TagMatches"/>).
    /// </summary>
    public HashSet<string> Vocabulary { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded words searched with typing mistakes allowed, with how many.</summary>
    public Dictionary<string, int> FuzzyWords { get; } = new(StringComparer.Ordinal);

    public bool IsEmpty => Folded.Count == 0 && FoldedPrefixes.Count == 0 && FuzzyWords.Count == 0 && _byLanguageKey.Values.All(s => s.Count == 0);

    public void Add(string languageKey, string term)
    {
        if (!_byLanguageKey.TryGetValue(languageKey, out var set)) _byLanguageKey[languageKey] = set = new HashSet<string>(StringComparer.Ordinal);
        set.Add(term);
    }

    /// <summary>
    /// The terms of one word or quoted phrase as the language's analyzer reads it. A reading of several terms (a phrase,
    /// or a word such as "drug-free") matched only where they stand together, so they are marked only there.
    /// </summary>
    public void Add(string languageKey, IReadOnlyList<Matching.AnalyzedToken> tokens)
    {
        foreach (var token in tokens) Add(languageKey, token.Term);
        Note(languageKey, tokens);
    }

    /// <summary>The terms of one word or quoted phrase as the accent-folding analyzer reads it; see the other overload.</summary>
    public void AddFolded(IReadOnlyList<Matching.AnalyzedToken> tokens)
    {
        foreach (var token in tokens) Folded.Add(token.Term);
        Note(FoldedReading, tokens);
    }

    /// <summary>
    /// The marks of one reading of a text (in text order) without the words looked for only as part of a phrase that
    /// stand apart from it: in <c>"drug court"</c>, a lone "court" is not what matched. Two terms of a phrase stand
    /// together when the text between them holds exactly the words the analyzer left out between them (none, or a stop
    /// word such as the "of" of "treatment of prisoners").
    /// </summary>
    /// <param name="languageKey">The language's reading, or null for the accent-folding one.</param>
    /// <param name="spans">Where given, receives each phrase found whole, from its first word to its last, so the words
    /// between (which the analyzer left out) are marked with it.</param>
    public List<Matching.AnalyzedToken> InPhrases(string? languageKey, string text, List<Matching.AnalyzedToken> marks, List<Matching.AnalyzedToken>? spans = null)
    {
        if (!_phrases.TryGetValue(languageKey ?? FoldedReading, out var reading) || reading.Phrases.Count == 0 || marks.Count == 0) return marks;
        var keep = new bool[marks.Count];
        for (var i = 0; i < marks.Count; i++) keep[i] = !reading.OnlyInPhrases.Contains(marks[i].Term);
        foreach (var phrase in reading.Phrases)
        {
            for (var i = 0; i + phrase.Length <= marks.Count; i++)
            {
                var together = marks[i].Term == phrase[0].Term;
                for (var j = 1; together && j < phrase.Length; j++)
                {
                    together = marks[i + j].Term == phrase[j].Term
                        && WordsBetween(text, marks[i + j - 1].EndOffset, marks[i + j].StartOffset) == phrase[j].Position - phrase[j - 1].Position - 1;
                }
                if (!together) continue;
                Array.Fill(keep, true, i, phrase.Length);
                spans?.Add(new Matching.AnalyzedToken("", 0, marks[i].StartOffset, marks[i + phrase.Length - 1].EndOffset));
            }
        }
        if (Array.TrueForAll(keep, k => k)) return marks;
        return [.. marks.Where((_, i) => keep[i])];
    }

    private static int WordsBetween(string text, int start, int end)
    {
        if (end < start) return -1;
        var words = 0;
        var inWord = false;
        foreach (var c in text.AsSpan(start, end - start))
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }

    private void Note(string reading, IReadOnlyList<Matching.AnalyzedToken> tokens)
    {
        if (!_phrases.TryGetValue(reading, out var phrases)) _phrases[reading] = phrases = new PhraseReading();
        if (tokens.Count > 1)
        {
            phrases.Phrases.Add([.. tokens]);
            foreach (var token in tokens)
            {
                if (!phrases.Alone.Contains(token.Term)) phrases.OnlyInPhrases.Add(token.Term);
            }
        }
        else
        {
            foreach (var token in tokens)
            {
                phrases.Alone.Add(token.Term);
                phrases.OnlyInPhrases.Remove(token.Term);
            }
        }
    }

    // The phrases of each reading (a language key, or the folded reading), and which of its terms were looked for alone.
    private sealed class PhraseReading
    {
        public List<Matching.AnalyzedToken[]> Phrases { get; } = [];
        public HashSet<string> Alone { get; } = new(StringComparer.Ordinal);
        public HashSet<string> OnlyInPhrases { get; } = new(StringComparer.Ordinal);
    }

    private const string FoldedReading = "";
    private readonly Dictionary<string, PhraseReading> _phrases = new(StringComparer.Ordinal);

    public IReadOnlySet<string> ForLanguage(string languageKey) =>
        _byLanguageKey.TryGetValue(languageKey, out var set) ? set : Empty;

    /// <summary>Whether a term of the accent-folded fields is one looked for: a word, the start of one, or close to a typed one.</summary>
    public bool MatchesFolded(string term)
    {
        if (Folded.Contains(term)) return true;
        foreach (var prefix in FoldedPrefixes)
        {
            if (term.StartsWith(prefix, StringComparison.Ordinal)) return true;
        }
        if (FuzzyWords.Count == 0) return false;
        // A passage repeats its words, and a page of passages more so: each word is measured against the typed ones once.
        return _fuzzyTested.GetOrAdd(term, static (term, fuzzyWords) => fuzzyWords.Any(f => Math.Abs(f.Key.Length - term.Length) <= f.Value
            && term.AsSpan().StartsWith(f.Key.AsSpan(0, Spelling.KeptPrefix)) && Closest.Distance(f.Key, term) <= f.Value), FuzzyWords);
    }

    /// <summary>
    /// A folded word as the language's analyzer reads it (its terms), read once per search with <paramref name="read"/>.
    /// </summary>
    public IReadOnlyList<string> LanguageReading(string languageKey, string word, Func<string, IEnumerable<Matching.AnalyzedToken>> read) =>
        _languageReadings.GetOrAdd((languageKey, word), static (key, read) => [.. read(key.Word).Select(t => t.Term)], read);

    // The two caches below are filled while a page's passages are read, which may be on several cores at once
    // (SearchRun.Results); the sets above are filled while the query is planned, and only read after.
    private readonly ConcurrentDictionary<(string Language, string Word), string[]> _languageReadings = new();

    // Which words of the text were within the allowed mistakes of a fuzzy word; one set of terms serves one search.
    private readonly ConcurrentDictionary<string, bool> _fuzzyTested = new(StringComparer.Ordinal);

    private static readonly HashSet<string> Empty = new(StringComparer.Ordinal);
}
