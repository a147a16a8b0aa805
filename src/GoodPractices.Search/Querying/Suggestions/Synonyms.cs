using GoodPractices.Search.Indexing;
using GoodPractices.Search.Querying.Reading;

namespace GoodPractices.Search.Querying.Suggestions;

/// <summary>
/// Words that mean the same in this field (<c>Synonyms.txt</c>): a reader who types <c>incarceration</c> also wants
/// the practices that say imprisonment or custody. Used when a search finds few practices as typed (see
/// <see cref="PracticeSearcher"/>), so that a search that already finds plenty is neither widened nor slowed.
/// </summary>
internal sealed class Synonyms
{
    private readonly Dictionary<string, List<string>> _byWord = new(StringComparer.Ordinal);

    private Synonyms(IEnumerable<IReadOnlyList<string>> groups)
    {
        foreach (var group in groups)
        {
            // A reader types a hyphenated word ("ex-prisoners") as one: it is looked up like any other.
            foreach (var term in group.Where(t => !t.Contains(' ', StringComparison.Ordinal)))
            {
                if (!_byWord.TryGetValue(term, out var others)) _byWord[term] = others = [];
                // A word in several groups (prison in English and French) gets the words of all of them.
                foreach (var other in group)
                {
                    if (other != term && !others.Contains(other)) others.Add(other);
                }
            }
        }
    }

    /// <summary>The groups shipped with the searcher.</summary>
    public static Synonyms Default { get; } = Parse(EmbeddedText.Read("Synonyms.txt"));

    /// <summary>Reads groups, one a line, terms separated by commas; <c>#</c> starts a comment.</summary>
    public static Synonyms Parse(string text) => new(text.Split('\n')
        .Select(line => line.Split('#')[0])
        .Select(line => line.Split(',').Select(Normalize).Where(t => t.Length > 0).Distinct().ToList())
        .Where(group => group.Count > 1));

    /// <summary>The other words of every group <paramref name="word"/> is in (or, for a plural in s, its singular).</summary>
    public IReadOnlyList<string> Of(string word)
    {
        var key = Normalize(word);
        if (_byWord.TryGetValue(key, out var others)) return others;
        return key.Length > 3 && key.EndsWith('s') && _byWord.TryGetValue(key[..^1], out others) ? others : [];
    }

    /// <summary>
    /// <paramref name="root"/> with each word that has synonyms looked for as any of them, and the words widened; null
    /// when no word has any. Excluded words, quoted words, completions (<c>treat*</c>) and names (<c>org:</c>) are left
    /// as typed.
    /// </summary>
    public (QueryNode Root, IReadOnlyList<(string Word, IReadOnlyList<string> Synonyms)> Widened)? Widen(QueryNode? root)
    {
        if (root is null) return null;
        var widened = new List<(string, IReadOnlyList<string>)>();
        var result = Widen(root, widened);
        return widened.Count == 0 ? null : (result, widened);
    }

    private QueryNode Widen(QueryNode node, List<(string, IReadOnlyList<string>)> widened) => node switch
    {
        WordNode { Prefix: false, Exact: false, Scope: not TextScope.Organisation } word when Of(word.Text) is { Count: > 0 } others
            => Widened(word, others, widened),
        AllOfNode all => new AllOfNode([.. all.Items.Select(i => i is NotNode ? i : Widen(i, widened))]),
        AnyOfNode any => new AnyOfNode([.. any.Items.Select(i => Widen(i, widened))]),
        _ => node,
    };

    private static SynonymsNode Widened(WordNode word, IReadOnlyList<string> others, List<(string, IReadOnlyList<string>)> widened)
    {
        widened.Add((word.Text, others));
        return new SynonymsNode(word, [.. others.Select(o => IsPhrase(o)
            ? (QueryNode)new PhraseNode(o.Replace('-', ' '), word.Scope)
            : new WordNode(o, Scope: word.Scope))]);
    }

    // Several words ("young people", "re-entry"): looked for as a phrase.
    private static bool IsPhrase(string term) => term.Contains(' ', StringComparison.Ordinal) || term.Contains('-', StringComparison.Ordinal);

    private static string Normalize(string term) => TextFolding.Fold(string.Join(' ', term.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
}
