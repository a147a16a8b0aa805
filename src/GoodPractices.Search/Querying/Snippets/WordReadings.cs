using System.Collections.Concurrent;
using GoodPractices.Search.Indexing;
using GoodPractices.Search.Querying.Matching;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace GoodPractices.Search.Querying.Snippets;

/// <summary>
/// Reads a passage's words once for every field family a search looks in, and remembers how each field reads each word.
/// Every analyzer of the index starts with the same standard tokenizer, and every filter after it reads one token at
/// a time (lower-casing, stop words, elision, stemming, accent folding), so a word always gives the same terms: the
/// passage is split into words once, and each word's terms come from a table filled the first time the word is met.
/// A page of passages reads a few thousand words, most of them met before: the language's analyzer cost more than
/// twice what the tokenizer alone does (docs/search.md, "Pieces of its own").
/// </summary>
internal sealed class WordReadings : IDisposable
{
    /// <summary>
    /// How many (field, word) readings are kept; past it, a word not yet read is read each time it is met. A reading
    /// takes about 180 bytes, so the table stays under 20 MB; the passages of a corpus of a few thousand entries meet
    /// some tens of thousands of distinct words.
    /// </summary>
    public const int DefaultMaxKept = 100_000;

    private readonly PracticeAnalyzer _analyzer;
    private readonly int _maxKept;
    private readonly Analyzer _words = new WordsOnly();
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, string[]>> _byField = new(StringComparer.Ordinal);
    private int _kept;

    public WordReadings(PracticeAnalyzer analyzer, int maxKept = DefaultMaxKept)
    {
        _analyzer = analyzer;
        _maxKept = maxKept;
    }

    /// <summary>How many readings are kept.</summary>
    public int Kept => _byField.Values.Sum(words => words.Count);

    /// <summary>One field family's reading of a passage: the terms <paramref name="Wanted"/> accepts go into <paramref name="Into"/>.</summary>
    public readonly record struct Reading(string Field, Func<string, bool> Wanted, List<AnalyzedToken> Into);

    /// <summary>
    /// Adds the tokens of <c>text[start..end]</c> that each reading wants, with offsets in <paramref name="text"/> and
    /// positions counted as the field's analyzer counts them (a stop word left out still takes its place).
    /// </summary>
    public void Read(string text, int start, int end, Reading first, Reading? second = null)
    {
        var firstTerms = Terms(first.Field);
        var secondTerms = second is { } other ? Terms(other.Field) : default;
        using var stream = _words.GetTokenStream("", new StringReader(start == 0 && end == text.Length ? text : text[start..end]));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            var word = term.Buffer.AsSpan(0, term.Length);
            Add(first, Find(first.Field, firstTerms, word), position, offset.StartOffset + start, offset.EndOffset + start);
            if (second is { } also) Add(also, Find(also.Field, secondTerms, word), position, offset.StartOffset + start, offset.EndOffset + start);
        }
        stream.End();
    }

    private static void Add(Reading reading, string[] terms, int position, int startOffset, int endOffset)
    {
        foreach (var term in terms)
        {
            if (reading.Wanted(term)) reading.Into.Add(new AnalyzedToken(term, position, startOffset, endOffset));
        }
    }

    private ConcurrentDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> Terms(string field) =>
        _byField.GetOrAdd(field, static _ => new ConcurrentDictionary<string, string[]>(StringComparer.Ordinal))
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private string[] Find(string field, ConcurrentDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> known, ReadOnlySpan<char> word)
    {
        if (known.TryGetValue(word, out var terms)) return terms;
        var text = word.ToString();
        terms = [.. AnalyzedText.Tokens(_analyzer, field, text).Select(t => t.Term)];
        if (Interlocked.Increment(ref _kept) <= _maxKept) known.Dictionary.TryAdd(text, terms);
        return terms;
    }

    public void Dispose() => _words.Dispose();

    // The tokenizer every analyzer of the index starts with, alone: the words of a text as written.
    private sealed class WordsOnly : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
            new(new StandardTokenizer(LanguageAnalyzers.Version, reader));
    }
}
