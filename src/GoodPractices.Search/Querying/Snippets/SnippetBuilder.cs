using GoodPractices.Search.Contracts;
using GoodPractices.Search.Indexing;
using GoodPractices.Search.Querying.Matching;

namespace GoodPractices.Search.Querying.Snippets;

/// <summary>
/// The passage of a practice that best shows why it matched: about <see cref="Length"/> characters of its plain
/// text around the most matched words, with where each matched word is (never markup). Words are found by
/// reading the text as the index's analyzers do (<see cref="WordReadings"/>), so a stemmed or accent-folded match is
/// marked too.
/// </summary>
internal sealed class SnippetBuilder : IDisposable
{
    public const int Length = 230;

    // Context kept before the first marked word, so the snippet does not start on it.
    private const int Lead = 50;

    // How much of the text is analysed at a time while looking for a window that holds every word.
    private const int Stretch = 600;

    private readonly PracticeAnalyzer _analyzer;
    private readonly WordReadings _readings;

    public SnippetBuilder(PracticeAnalyzer analyzer)
    {
        _analyzer = analyzer;
        _readings = new WordReadings(analyzer);
    }

    public void Dispose() => _readings.Dispose();

    /// <param name="prose">The opening of the body's running text (see <see cref="HitRecord.Opening"/>).</param>
    /// <param name="inPractice">Which words the practice holds, by the index; null looks for every word.</param>
    public Snippet Build(string language, string summary, string prose, HighlightTerms terms, WordsInPractice? inPractice = null)
    {
        if (terms.IsEmpty) return Plain(summary);
        var source = summary + "\n" + prose;
        var marks = Marks(source, language, terms, inPractice);
        if (marks.Count == 0) return Plain(summary);

        var (start, end) = BestWindow(source, marks);
        var lead = start > 0 ? "…" : "";
        var text = lead + Flatten(source[start..end]) + (end < source.Length ? "…" : "");
        var inWindow = marks.Where(m => m.Start >= start && m.End <= end)
            .Select(m => new SnippetMark(m.Start - start + lead.Length, m.End - m.Start))
            .ToList();
        return new Snippet(text, inWindow);
    }

    /// <summary>
    /// Where the words looked for stand in a practice's <paramref name="title"/>, read as its language and the accent
    /// folding read them, as a passage's are.
    /// </summary>
    public IReadOnlyList<SnippetMark> TitleMarks(string language, string title, HighlightTerms terms) =>
        terms.IsEmpty || title.Length == 0 ? [] : Marks(title, language, terms, null).Select(m => new SnippetMark(m.Start, m.End - m.Start)).ToList();

    /// <summary>A text with nothing marked.</summary>
    public static Snippet Plain(string text) => new(text, []);

    private List<(int Start, int End)> Marks(string source, string language, HighlightTerms terms, WordsInPractice? words)
    {
        var key = LanguageAnalyzers.KeyOf(language);
        // Only the words the practice's own text holds are looked for in it: one that matched through its tags alone
        // is not read at all, and the reading stops as soon as a window holds every word it has.
        var languageTerms = terms.ForLanguage(key).Count(term => words is not { } inPractice
            || inPractice.Has(FieldNames.Summary(key), term) || inPractice.Has(FieldNames.Body(key), term));
        // The accent-folded reading finds what the language's own misses (a word typed without accents, a word of
        // another language, the start of a word still being typed, a typing mistake).
        // The practice's words that each word still being typed starts; null where there are too many to check.
        var completions = words is { } held
            ? terms.FoldedPrefixes.Select(prefix => held.StartingWith(FieldNames.FoldedText, prefix)).ToList()
            : null;
        var foldedWanted = words is not { } practice || terms.FuzzyWords.Count > 0
            || terms.Folded.Any(term => practice.Has(FieldNames.FoldedText, term))
            || completions!.Any(found => found is not { Count: 0 });
        // Lists start small: most passages, and every title, mark a handful of words, and a page reads forty texts.
        var marks = new List<AnalyzedToken>();
        var foldedMarks = new List<AnalyzedToken>();
        // A quoted phrase found whole is marked from its first word to its last.
        var phrases = new List<AnalyzedToken>();
        var read = 0;
        if (languageTerms > 0)
        {
            // A word still being typed is read with the folding analyzer as well, unless every word of the practice that
            // it starts is one the language's reading marks anyway ("prison" starting "prisoners", stemmed to "prison").
            var alongside = foldedWanted && (terms.FuzzyWords.Count > 0
                || (completions is null ? terms.FoldedPrefixes.Count > 0 : completions.Any(found => !CoveredByLanguage(found, key, terms))));
            var found = terms.InPhrases(key, source, LanguageMatches(source, key, terms, languageTerms, alongside ? foldedMarks : null, out read), phrases);
            marks.AddRange(found);
            // When every word was found already and nothing is looked for only in the folded fields, reading the text a
            // second time adds nothing worth its cost.
            if (!alongside && (!foldedWanted || found.Select(t => t.Term).Distinct(StringComparer.Ordinal).Count() == languageTerms))
            {
                foldedWanted = false;
            }
            if (!alongside) read = 0;
        }
        if (foldedWanted && read < source.Length) _readings.Read(source, read, source.Length, Folded(terms, foldedMarks));
        marks.AddRange(terms.InPhrases(null, source, foldedMarks, phrases));
        marks.AddRange(phrases);

        // Both analyzers usually find the same word: keep each stretch of text once.
        var merged = new List<(int Start, int End)>(marks.Count);
        marks.Sort(static (a, b) => a.StartOffset != b.StartOffset ? a.StartOffset.CompareTo(b.StartOffset) : b.EndOffset.CompareTo(a.EndOffset));
        foreach (var mark in marks)
        {
            if (merged.Count > 0 && mark.StartOffset < merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, mark.EndOffset));
                continue;
            }
            merged.Add((mark.StartOffset, mark.EndOffset));
        }
        return merged;
    }

    // Whether each of a typed word's completions in the practice is, read by the language's analyzer, a word the
    // language's reading looks for; not when there were too many to check.
    private bool CoveredByLanguage(IReadOnlyList<string>? completions, string key, HighlightTerms terms)
    {
        if (completions is null) return false;
        var wanted = terms.ForLanguage(key);
        return completions.All(word => terms.LanguageReading(key, word, w => AnalyzedText.Tokens(_analyzer, FieldNames.Body(key), w)) is [var term] && wanted.Contains(term));
    }

    // The words of the language's own fields, read a stretch of text at a time: once a window holds every word looked
    // for and the text read runs a window's length past it, no later text can give a better passage, and the rest of
    // the text is left unread (read says how much was). Stretches end at a space, so no word is cut. With folded, each
    // stretch is also read with the accent-folding analyzer, into that list.
    private List<AnalyzedToken> LanguageMatches(string source, string key, HighlightTerms terms, int wanted, List<AnalyzedToken>? folded, out int read)
    {
        var wantedTerms = terms.ForLanguage(key);
        var found = new List<AnalyzedToken>();
        var language = new WordReadings.Reading(FieldNames.Body(key), wantedTerms.Contains, found);
        WordReadings.Reading? alsoFolded = folded is null ? null : Folded(terms, folded);
        var start = 0;
        while (start < source.Length)
        {
            var end = start + Stretch >= source.Length ? source.Length : source.IndexOf(' ', start + Stretch) is var space and >= 0 ? space : source.Length;
            _readings.Read(source, start, end, language, alsoFolded);
            start = end;
            if (start < source.Length && FirstWindowWithEvery(terms.InPhrases(key, source, found), wanted) is { } windowEnd && windowEnd + Length <= start) break;
        }
        read = start;
        return found;
    }

    private static WordReadings.Reading Folded(HighlightTerms terms, List<AnalyzedToken> into) =>
        new(FieldNames.FoldedText, terms.MatchesFolded, into);

    // Where the first window (as BestWindow places them) holding every word looked for ends, or null when none does yet.
    // Windows start before each word in turn, so their starts and ends only move forward: the words inside one are kept
    // between two pointers, with a count of each term.
    private static int? FirstWindowWithEvery(List<AnalyzedToken> found, int wanted)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in found) counts[token.Term] = 0;
        if (counts.Count < wanted) return null;
        int first = 0, next = 0, distinct = 0;
        foreach (var anchor in found)
        {
            var start = Math.Max(0, anchor.StartOffset - Lead);
            var end = start + Length;
            for (; next < found.Count && found[next].EndOffset <= end; next++)
            {
                if (counts[found[next].Term]++ == 0) distinct++;
            }
            for (; first < next && found[first].StartOffset < start; first++)
            {
                if (--counts[found[first].Term] == 0) distinct--;
            }
            if (distinct == wanted) return end;
        }
        return null;
    }

    // The window holding the most distinct marked words; ties go to the earliest, which reads best. Marks are in text
    // order, so each window's marks are found by moving two pointers forward, and a window with every distinct word
    // ends the search: none can beat it.
    private static (int Start, int End) BestWindow(string source, List<(int Start, int End)> marks)
    {
        var keys = marks.Select(m => source[m.Start..m.End].ToLowerInvariant()).ToArray();
        var distinct = keys.Distinct(StringComparer.Ordinal).Count();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var bestStart = 0;
        var bestScore = -1;
        var first = 0;
        foreach (var anchor in marks)
        {
            var start = Math.Max(0, anchor.Start - Lead);
            var end = Math.Min(source.Length, start + Length);
            while (marks[first].Start < start) first++;
            seen.Clear();
            for (var j = first; j < marks.Count && marks[j].Start < end; j++)
            {
                if (marks[j].End <= end) seen.Add(keys[j]);
            }
            if (seen.Count > bestScore)
            {
                bestScore = seen.Count;
                bestStart = start;
                if (bestScore == distinct) break;
            }
        }
        var windowStart = WordStart(source, bestStart, marks);
        var windowEnd = Math.Min(source.Length, windowStart + Length);
        if (windowEnd < source.Length)
        {
            var space = source.LastIndexOf(' ', windowEnd - 1, windowEnd - windowStart);
            var lastMarkEnd = marks.Where(m => m.Start >= windowStart && m.Start < windowEnd).Select(m => m.End).DefaultIfEmpty(0).Max();
            if (space > lastMarkEnd) windowEnd = space;
            else if (lastMarkEnd > windowEnd) windowEnd = lastMarkEnd;
        }
        return (windowStart, windowEnd);
    }

    // Moves a start that falls inside a word to the next word, never past the first mark.
    private static int WordStart(string source, int start, List<(int Start, int End)> marks)
    {
        if (start == 0 || char.IsWhiteSpace(source[start - 1])) return start;
        var firstMark = marks.First(m => m.Start >= start).Start;
        var space = source.IndexOf(' ', start);
        return space >= 0 && space < firstMark ? space + 1 : firstMark;
    }

    private static string Flatten(string text) => text.Replace('\n', ' ').Replace('\r', ' ');
}
