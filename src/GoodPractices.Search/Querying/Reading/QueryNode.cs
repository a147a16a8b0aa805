using GoodPractices.Search.Querying.Matching;
using GoodPractices.Search.Querying.Suggestions;

namespace GoodPractices.Search.Querying.Reading;

// The parsed form of a reader's query. The node kinds are kept together on purpose: they are a closed set
// of six one-line records that only make sense side by side, and every reader of one needs the others.

/// <summary>A part of a parsed query.</summary>
internal abstract record QueryNode
{
    /// <summary>The readable form shown back to the reader ("Understood"), every AND and NOT spelled out.</summary>
    public string Display() => Write(typed: false);

    /// <summary>
    /// The form a reader would type, reading back as the same query: words side by side rather than joined by AND,
    /// <c>-word</c> rather than NOT. Corrections ("Did you mean …") are offered in it.
    /// </summary>
    public string Typed() => Write(typed: true);

    /// <summary>The node written out, as <see cref="Typed"/> when <paramref name="typed"/>, else as <see cref="Display"/>.</summary>
    public abstract string Write(bool typed);

    /// <summary>How a field prefix is written back: <c>title:</c>, <c>org:</c>, or nothing.</summary>
    protected static string ScopePrefix(TextScope scope) => scope switch
    {
        TextScope.Title => "title:",
        TextScope.Organisation => "org:",
        _ => "",
    };
}

/// <summary>
/// A single word; <paramref name="Prefix"/> for <c>treat*</c>; <paramref name="Exact"/> for a word typed in quotes,
/// which is looked for as typed and never widened to its synonyms; <paramref name="Required"/> for <c>+word</c>, which
/// every result must have even when most of the words are enough (see <see cref="TextQueryBuilder"/>).
/// </summary>
internal sealed record WordNode(string Text, bool Prefix = false, TextScope Scope = TextScope.All, bool Exact = false, bool Required = false) : QueryNode
{
    public override string Write(bool typed) =>
        (Required ? "+" : "") + ScopePrefix(Scope) + (Prefix ? Text + "*" : Exact ? $"\"{Text}\"" : Text);

    /// <summary>
    /// A word typed plainly: neither quoted, required, completed nor scoped. Only such words may be left out of a result
    /// (most-words matching), read as a place or dropped as a filler.
    /// </summary>
    public bool IsLoose => !Prefix && !Exact && !Required && Scope == TextScope.All;
}

/// <summary>
/// A word and the words that mean the same (see <see cref="Synonyms"/>): any of them matches, the word typed weighs
/// more than the others.
/// </summary>
internal sealed record SynonymsNode(WordNode Word, IReadOnlyList<QueryNode> Others) : QueryNode
{
    public override string Write(bool typed) => $"({string.Join(" OR ", Others.Prepend(Word).Select(o => o.Write(typed)))})";
}

/// <summary>Words that must appear together and in order.</summary>
internal sealed record PhraseNode(string Text, TextScope Scope = TextScope.All) : QueryNode
{
    public override string Write(bool typed) => $"{ScopePrefix(Scope)}\"{Text}\"";
}

/// <summary>
/// Every item must match, except <see cref="NotNode"/> items, which must not. <paramref name="Explicit"/> when the
/// reader joined them with <c>AND</c>: then every word is required, as typed; otherwise plain words may be matched
/// most of them at a time.
/// </summary>
internal sealed record AllOfNode(IReadOnlyList<QueryNode> Items, bool Explicit = false) : QueryNode
{
    public override string Write(bool typed)
    {
        // Typed keeps the reader's order, so that a query too long to search whole is cut at the same word when
        // typed again; the readable form puts what is excluded last.
        // A group inside keeps its parentheses: its words are all required, where loose words need only mostly match.
        if (typed) return string.Join(Explicit ? " AND " : " ", Items.Select(i => i is AnyOfNode or AllOfNode { Items.Count: > 1 } ? $"({i.Write(typed)})" : i.Write(typed)));
        var positive = Items.Where(i => i is not NotNode).Select(i => i is AnyOfNode ? $"({i.Write(typed)})" : i.Write(typed));
        var negative = Items.OfType<NotNode>().Select(n => n.Write(typed));
        return string.Join(" ", new[] { string.Join(typed && !Explicit ? " " : " AND ", positive) }.Concat(negative).Where(s => s.Length > 0));
    }
}

/// <summary>At least one item must match.</summary>
internal sealed record AnyOfNode(IReadOnlyList<QueryNode> Items) : QueryNode
{
    public override string Write(bool typed) =>
        string.Join(" OR ", Items.Select(i => i is AllOfNode { Items.Count: > 1 } ? $"({i.Write(typed)})" : i.Write(typed)));
}

/// <summary>Excludes what its item matches.</summary>
internal sealed record NotNode(QueryNode Item) : QueryNode
{
    public override string Write(bool typed)
    {
        var grouped = Item is AllOfNode or AnyOfNode or NotNode ? $"({Item.Write(typed)})" : Item.Write(typed);
        return typed && Item is WordNode or PhraseNode or AllOfNode or AnyOfNode or NotNode ? "-" + grouped : "NOT " + grouped;
    }
}
