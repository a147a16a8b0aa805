using System.Text.RegularExpressions;
using GoodPractices.Search.Contracts;

namespace GoodPractices.Search.Querying.Reading;

/// <summary>Splits query text into words, quoted phrases, parentheses and operators.</summary>
internal static class QueryLexer
{
    private static readonly char[] Quotes = ['"', '“', '”'];

    /// <summary>
    /// Fills <paramref name="tokens"/>; false when the text cannot be tokenized as written (an unclosed quote).
    /// Keeps the first <paramref name="maxTerms"/> words, counted as the reader searches them, so that a pasted page
    /// cannot make a query of thousands of clauses; a phrase or word that crosses the limit is cut at it. Filters
    /// such as <c>country:IT</c> are not words: they neither count nor are cut.
    /// </summary>
    /// <remarks>
    /// Counting words rather than tokens keeps the cut in the same place when the query shown back to the reader
    /// (where <c>p7]x</c> reads <c>p7 x</c> and filters come last) is typed again.
    /// </remarks>
    public static bool TryTokenize(string text, int maxTerms, List<QueryToken> tokens, out bool truncated)
    {
        truncated = false;
        var terms = 0;
        var open = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (terms >= maxTerms)
            {
                // What is cut off cannot leave a group open: the words kept stay grouped as typed.
                truncated = true;
                for (; open > 0; open--) tokens.Add(new QueryToken(QueryTokenKind.Close, ")"));
                AddFiltersAfterLimit(text, i, tokens);
                return true;
            }
            switch (c)
            {
                case '"' or '“' or '”' or '„':
                    var end = text.IndexOfAny(Quotes, i + 1);
                    if (end < 0) return false;
                    var quoted = text[(i + 1)..end];
                    var phrase = Keep(quoted, QueryWords.Pattern().Matches(quoted).ToList(), maxTerms, ref terms, ref truncated);
                    tokens.Add(new QueryToken(QueryTokenKind.Phrase, phrase));
                    i = end + 1;
                    continue;
                case '(':
                    tokens.Add(new QueryToken(QueryTokenKind.Open, "("));
                    open++;
                    i++;
                    continue;
                case ')':
                    tokens.Add(new QueryToken(QueryTokenKind.Close, ")"));
                    open = Math.Max(0, open - 1);
                    i++;
                    continue;
                case '-' or '!' when i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && text[i + 1] != c:
                    tokens.Add(new QueryToken(QueryTokenKind.Minus, "-"));
                    i++;
                    continue;
                case '+' when i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && text[i + 1] != '+':
                    // "+word": this word must be in every result, even when most-words matching would let it go.
                    tokens.Add(new QueryToken(QueryTokenKind.Plus, "+"));
                    i++;
                    continue;
            }

            var start = i;
            while (i < text.Length && IsWordCharacter(text[i])) i++;
            var word = text[start..i];
            tokens.Add(word switch
            {
                "AND" or "&&" => new QueryToken(QueryTokenKind.And, word),
                "OR" or "||" => new QueryToken(QueryTokenKind.Or, word),
                "NOT" => new QueryToken(QueryTokenKind.Not, word),
                _ when IsFilter(word) => new QueryToken(QueryTokenKind.Word, word),
                _ => new QueryToken(QueryTokenKind.Word, Keep(word, QueryWords.Loose(word, WordsFrom(word)).ToList(), maxTerms, ref terms, ref truncated)),
            });
        }
        return true;
    }

    // The part of a token that fits under the limit: all of it, or up to the end of the last of its words that fits.
    private static string Keep(string token, List<Match> words, int maxTerms, ref int terms, ref bool truncated)
    {
        if (terms + words.Count <= maxTerms)
        {
            terms += words.Count;
            return token;
        }
        var last = words[maxTerms - terms - 1];
        terms = maxTerms;
        truncated = true;
        return token[..(last.Index + last.Length)];
    }

    // Where a token's words start: the "title" of "title:prison" is a field, not a word searched.
    private static int WordsFrom(string word)
    {
        var colon = word.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && QueryWords.ScopeOf(word[..colon]) is not null ? colon + 1 : 0;
    }

    private static void AddFiltersAfterLimit(string text, int i, List<QueryToken> tokens)
    {
        while (i < text.Length)
        {
            if (!IsWordCharacter(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && IsWordCharacter(text[i])) i++;
            if (IsFilter(text[start..i])) tokens.Add(new QueryToken(QueryTokenKind.Word, text[start..i]));
        }
    }

    private static bool IsWordCharacter(char c) => !char.IsWhiteSpace(c) && c is not ('"' or '“' or '”' or '„' or '(' or ')');

    private static bool IsFilter(string word)
    {
        var colon = word.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon < word.Length - 1 && FacetDimension.Find(word[..colon]) is not null;
    }
}
