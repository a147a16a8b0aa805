using GoodPractices.Search.Indexing;
using GoodPractices.Search.Querying.Matching;
using GoodPractices.Search.Querying.Reading;

namespace GoodPractices.Search.Querying.Suggestions;

/// <summary>
/// Spelling help drawn from the index's own words: the correction behind "Showing results for ..." when a
/// query found nothing, and a "Did you mean ..." when a word is rare and a close one is common.
/// </summary>
internal sealed class Spelling
{
    // A suggestion must be used by this many times more practices than the word typed, and by a few at least.
    private const int MoreCommonBy = 5;
    private const int MinimumFrequency = 3;

    private readonly TermDictionary _dictionary;
    private readonly PracticeAnalyzer _analyzer;

    public Spelling(TermDictionary dictionary, PracticeAnalyzer analyzer)
    {
        _dictionary = dictionary;
        _analyzer = analyzer;
    }

    /// <summary>
    /// How many of a word's first letters a correction keeps, as Lucene's spell checker does by default. Mistakes in
    /// the first letter are rare, and a correction that changes it mostly changes the word: "involuntary" read as
    /// "voluntary", "unemployment" as "employment".
    /// </summary>
    public const int KeptPrefix = 1;

    /// <summary>How many typing mistakes a word may hold: none under 5 letters, one from 5, two from 9.</summary>
    public static int AllowedMistakes(string word) => word.Length switch
    {
        < 5 => 0,
        < 9 => 1,
        _ => 2,
    };

    /// <summary>Whether a fuzzy retry could change anything: the query has a word long enough to hold a typing mistake.</summary>
    public static bool HasCorrectableWords(QueryNode? root) => Words(root).Any(w => AllowedMistakes(w.Text) > 0);

    /// <summary>The query with each word that no practice uses replaced by the closest one that some do; null when none is.</summary>
    public QueryNode? Correct(QueryNode? root) =>
        Rewrite(root, folded => _dictionary.Frequency(folded) > 0 ? null : _dictionary.Closest(folded, AllowedMistakes(folded)));

    /// <summary>The query with rare words replaced by much more common close ones; null when no word is.</summary>
    public QueryNode? DidYouMean(QueryNode? root) =>
        Rewrite(root, folded =>
        {
            var frequency = _dictionary.Frequency(folded);
            var atLeast = Math.Max(MinimumFrequency - 1, frequency * MoreCommonBy);
            var candidate = _dictionary.Closest(folded, AllowedMistakes(folded), atLeast);
            return candidate is not null && !SameStem(folded, candidate) ? candidate : null;
        });

    // "prisons" and "prison" differ by a letter but are one word to the stemmers, which already found both.
    private bool SameStem(string word, string candidate) =>
        LanguageAnalyzers.Keys.Any(key =>
        {
            var field = FieldNames.Body(key);
            var a = AnalyzedText.Tokens(_analyzer, field, word).Select(t => t.Term);
            var b = AnalyzedText.Tokens(_analyzer, field, candidate).Select(t => t.Term);
            return a.SequenceEqual(b);
        });

    private QueryNode? Rewrite(QueryNode? root, Func<string, string?> replacement)
    {
        var changed = false;
        QueryNode Visit(QueryNode node) => node switch
        {
            WordNode { Prefix: false } word when Fold(word.Text) is { } folded && replacement(folded) is { } better
                => Changed(word with { Text = better }),
            AllOfNode all => all with { Items = all.Items.Select(Visit).ToList() },
            AnyOfNode any => new AnyOfNode(any.Items.Select(Visit).ToList()),
            // Excluded words are left alone: correcting them would change which practices are left out.
            _ => node,
        };
        QueryNode Changed(QueryNode node)
        {
            changed = true;
            return node;
        }
        if (root is null) return null;
        var rewritten = Visit(root);
        return changed ? rewritten : null;
    }

    private string? Fold(string word)
    {
        var tokens = AnalyzedText.Tokens(_analyzer, FieldNames.FoldedText, word);
        return tokens.Count == 1 && AllowedMistakes(tokens[0].Term) > 0 ? tokens[0].Term : null;
    }

    private static IEnumerable<WordNode> Words(QueryNode? node) => node switch
    {
        WordNode { Prefix: false } word => [word],
        AllOfNode all => all.Items.SelectMany(Words),
        AnyOfNode any => any.Items.SelectMany(Words),
        _ => [],
    };
}
