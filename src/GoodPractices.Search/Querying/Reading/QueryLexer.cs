namespace GoodPractices.Search.Querying.Reading;

/// <summary>Splits query text into words, quoted phrases, parentheses and operators.</summary>
internal static class QueryLexer
{
    /// <summary>
    /// Fills <paramref name="tokens"/>; false when the text cannot be tokenized as written (an unclosed quote).
    /// Stops after <paramref name="maxTerms"/> words so that a pasted page cannot make a query of thousands of clauses.
    /// </summary>
    public static bool TryTokenize(string text, int maxTerms, List<QueryToken> tokens, out bool truncated)
    {
        truncated = false;
        var terms = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (terms >= maxTerms) { truncated = true; return true; }
            switch (c)
            {
                case '"' or '“' or '”' or '„':
                    var end = text.IndexOfAny(['"', '“', '”'], i + 1);
                    if (end < 0) return false;
                    tokens.Add(new QueryToken(QueryTokenKind.Phrase, text[(i + 1)..end]));
                    terms += Math.Max(1, text[(i + 1)..end].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
                    i = end + 1;
                    continue;
                case '(':
                    tokens.Add(new QueryToken(QueryTokenKind.Open, "("));
                    i++;
                    continue;
                case ')':
                    tokens.Add(new QueryToken(QueryTokenKind.Close, ")"));
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
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('"' or '“' or '”' or '„' or '(' or ')')) i++;
            var word = text[start..i];
            tokens.Add(word switch
            {
                "AND" or "&&" => new QueryToken(QueryTokenKind.And, word),
                "OR" or "||" => new QueryToken(QueryTokenKind.Or, word),
                "NOT" => new QueryToken(QueryTokenKind.Not, word),
                _ => new QueryToken(QueryTokenKind.Word, word),
            });
            if (tokens[^1].Kind == QueryTokenKind.Word) terms++;
        }
        return true;
    }
}
