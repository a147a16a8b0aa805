using System.Text.RegularExpressions;

namespace GoodPractices.Search.Querying.Reading;

/// <summary>What counts as a word, as syntax and as a field prefix in a reader's query.</summary>
internal static partial class QueryWords
{
    /// <summary>Characters that mean something to a search engine's query syntax but nothing in ordinary words.</summary>
    public static readonly char[] SyntaxCharacters = ['*', '?', '~', '^', '[', ']', '{', '}', '\\', '/', '&', '|', ':', '<', '>', '='];

    /// <summary>A word: letters, digits and combining marks, with inner apostrophes, hyphens or dots (<c>l'usage</c>, <c>follow-up</c>).</summary>
    [GeneratedRegex(@"[\p{L}\p{N}\p{M}]+(?:['’\-.][\p{L}\p{N}\p{M}]+)*")]
    public static partial Regex Pattern();

    /// <summary>The text field a prefix such as <c>title:</c> points to, or null when it names none.</summary>
    public static TextScope? ScopeOf(string field) => field.ToLowerInvariant() switch
    {
        "title" => TextScope.Title,
        "org" or "organisation" or "organization" => TextScope.Organisation,
        _ => null,
    };

    /// <summary>The words of <paramref name="text"/> as nodes that must all match; null when it holds no word.</summary>
    public static QueryNode? Nodes(string text, TextScope scope = TextScope.All)
    {
        var words = Loose(text).Select(m => (QueryNode)new WordNode(m.Value, Scope: scope)).ToList();
        return words.Count switch { 0 => null, 1 => words[0], _ => new AllOfNode(words) };
    }

    /// <summary>
    /// The words of text outside quotes, from <paramref name="from"/> on. AND, OR and NOT written in capitals are
    /// operators, never words searched (<c>prisons;OR</c> searches "prisons"), so that a query shown back reads the same.
    /// </summary>
    public static IEnumerable<Match> Loose(string text, int from = 0) =>
        Pattern().Matches(text, from).Where(m => m.Value is not ("AND" or "OR" or "NOT"));
}
