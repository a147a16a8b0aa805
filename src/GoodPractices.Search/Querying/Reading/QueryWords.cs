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
        var words = Pattern().Matches(text).Select(m => (QueryNode)new WordNode(m.Value, Scope: scope)).ToList();
        return words.Count switch { 0 => null, 1 => words[0], _ => new AllOfNode(words) };
    }
}
