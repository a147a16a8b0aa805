using GoodPractices.Search.Contracts;
using GoodPractices.Search.Indexing;

namespace GoodPractices.Search.Querying.Reading;

/// <summary>
/// Reads what a person typed: words are AND-ed, "quoted phrases" kept together, <c>-word</c> or <c>NOT word</c>
/// excluded, <c>OR</c> between words, parentheses group, <c>treat*</c> completes a word and <c>country:IT</c>
/// filters a facet. Anything it cannot use as written is searched as plain words, with a notice: it never throws.
/// </summary>
internal sealed class UserQueryReader
{
    /// <summary>The most words one query searches; more would only slow every reader down.</summary>
    public const int MaxTerms = 64;

    // Each level of parentheses is a level of recursion here and when the query is built: a pasted wall of
    // brackets must not be able to exhaust the stack.
    private const int MaxDepth = 8;

    // Bounds the work done on pasted text before the term limit applies.
    private const int MaxCharacters = 4000;

    private readonly List<QueryToken> _tokens;
    private readonly List<SearchNotice> _notices = [];
    private readonly Dictionary<FacetDimension, List<string>> _filters = [];
    private int _position;
    private int _depth;
    private string? _malformed;
    private bool _refused;

    private UserQueryReader(List<QueryToken> tokens) => _tokens = tokens;

    public static ParsedQuery Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return new ParsedQuery(null, new Dictionary<FacetDimension, IReadOnlyList<string>>(), false, []);

        var truncated = text.Length > MaxCharacters;
        var input = SlashesBetweenWordsAsSpaces(truncated ? text[..MaxCharacters] : text);
        var tokens = new List<QueryToken>();
        var tokenized = QueryLexer.TryTokenize(input, MaxTerms, tokens, out var tooManyTerms);
        truncated |= tooManyTerms;

        var reader = new UserQueryReader(tokens);
        if (!tokenized) reader._malformed = "a quotation mark is not closed";
        var root = tokenized ? reader.ParseSequence(nested: false) : null;
        if (truncated)
        {
            reader._notices.Add(new SearchNotice(SearchNoticeKind.QueryTooLong,
                $"The query was too long: only its first {MaxTerms} words were searched."));
        }
        if (reader._malformed is not null) return reader.AsPlainWords(input);

        var filters = reader._filters.ToDictionary(f => f.Key, f => (IReadOnlyList<string>)f.Value.Distinct().ToList());
        return new ParsedQuery(root, filters, reader._refused, reader._notices);
    }

    // A slash between two words ("HIV/AIDS", "drug/alcohol", "24/7") separates them, as a space does; elsewhere it still
    // starts a regular expression, which is refused with a notice. In a filter's values ("country:IT/PT") it is left
    // alone: they are separated by commas, and a slash there is reported.
    private static string SlashesBetweenWordsAsSpaces(string text)
    {
        if (!text.Contains('/')) return text;
        var chars = text.ToCharArray();
        var inField = false;
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsWhiteSpace(chars[i])) inField = false;
            else if (chars[i] == ':') inField = true;
            else if (chars[i] == '/' && !inField && i > 0 && i < chars.Length - 1
                && char.IsLetterOrDigit(chars[i - 1]) && char.IsLetterOrDigit(chars[i + 1])) chars[i] = ' ';
        }
        return new string(chars);
    }

    private ParsedQuery AsPlainWords(string text)
    {
        var words = QueryWords.Loose(text)
            .Select(m => m.Value)
            .Take(MaxTerms)
            .Select(w => (QueryNode)new WordNode(w))
            .ToList();
        _notices.RemoveAll(n => n.Kind == SearchNoticeKind.QueryFeatureRefused);
        _notices.Insert(0, new SearchNotice(SearchNoticeKind.QueryReadAsPlainWords,
            "The query could not be read as written, so its words were searched instead.", _malformed));
        QueryNode? root = words.Count switch { 0 => null, 1 => words[0], _ => new AllOfNode(words) };
        return new ParsedQuery(root, new Dictionary<FacetDimension, IReadOnlyList<string>>(), true, _notices);
    }

    private QueryToken? Peek => _position < _tokens.Count ? _tokens[_position] : null;

    private QueryNode? ParseSequence(bool nested)
    {
        var items = new List<QueryNode>();
        var afterAnd = false;
        var sawAnd = false;
        while (_malformed is null && Peek is { } token)
        {
            if (token.Kind == QueryTokenKind.Close)
            {
                if (nested) break;
                return Malformed("a closing parenthesis has no opening one");
            }
            if (token.Kind == QueryTokenKind.And)
            {
                if (items.Count == 0 || afterAnd) return Malformed("AND needs a word on each side");
                _position++;
                afterAnd = true;
                sawAnd = true;
                continue;
            }
            if (ParseOr(topLevel: !nested) is { } node) items.Add(node);
            afterAnd = false;
        }
        if (afterAnd) return Malformed("AND needs a word on each side");
        return items.Count switch { 0 => null, 1 => items[0], _ => new AllOfNode(items, Explicit: sawAnd) };
    }

    private QueryNode? ParseOr(bool topLevel)
    {
        var filtersBefore = _filters.Sum(f => f.Value.Count);
        var first = ParseUnary(topLevel);
        if (Peek?.Kind != QueryTokenKind.Or) return first;
        if (_filters.Sum(f => f.Value.Count) != filtersBefore) return Malformed("a facet filter cannot be combined with OR");

        var items = new List<QueryNode>();
        if (first is not null) items.Add(first);
        while (_malformed is null && Peek?.Kind == QueryTokenKind.Or)
        {
            _position++;
            if (Peek is not { Kind: QueryTokenKind.Word or QueryTokenKind.Phrase or QueryTokenKind.Open or QueryTokenKind.Minus or QueryTokenKind.Not or QueryTokenKind.Plus })
            {
                return Malformed("OR needs a word on each side");
            }
            if (ParseUnary(topLevel: false) is { } next) items.Add(next);
        }
        if (first is null && items.Count == 0) return null;
        return items.Count == 1 ? items[0] : new AnyOfNode(items);
    }

    private QueryNode? ParseUnary(bool topLevel)
    {
        if (Peek?.Kind is QueryTokenKind.Minus or QueryTokenKind.Not)
        {
            _position++;
            if (Peek is not { Kind: QueryTokenKind.Word or QueryTokenKind.Phrase or QueryTokenKind.Open })
            {
                return Malformed("NOT or '-' needs a word after it");
            }
            // "-(+word)" excludes the word: being required means nothing in what is excluded.
            return ParsePrimary(topLevel: false) switch
            {
                WordNode word => new NotNode(word with { Required = false }),
                { } excluded => new NotNode(excluded),
                null => null,
            };
        }
        if (Peek?.Kind == QueryTokenKind.Plus)
        {
            _position++;
            if (Peek is not { Kind: QueryTokenKind.Word or QueryTokenKind.Phrase or QueryTokenKind.Open })
            {
                return Malformed("'+' needs a word after it");
            }
            return Required(ParsePrimary(topLevel: false));
        }
        return ParsePrimary(topLevel);
    }

    private QueryNode? ParsePrimary(bool topLevel)
    {
        if (Peek is not { } token) return Malformed("the query ends with an operator");
        _position++;
        switch (token.Kind)
        {
            case QueryTokenKind.Word:
                return Word(token.Text, topLevel);
            case QueryTokenKind.Phrase:
                var words = QueryWords.Pattern().Matches(token.Text).Select(m => m.Value).ToList();
                return words.Count switch { 0 => null, 1 => new WordNode(words[0], Exact: true), _ => new PhraseNode(string.Join(' ', words)) };
            case QueryTokenKind.Open:
                if (++_depth > MaxDepth) return Malformed("parentheses are nested too deeply");
                var inner = ParseSequence(nested: true);
                _depth--;
                if (_malformed is not null) return null;
                if (Peek?.Kind != QueryTokenKind.Close) return Malformed("a parenthesis is not closed");
                _position++;
                return inner;
            default:
                return Malformed($"'{token.Text}' is in a place where it means nothing");
        }
    }

    private QueryNode? Word(string raw, bool topLevel)
    {
        var colon = raw.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0) return FieldWord(raw[..colon], raw[(colon + 1)..], topLevel);

        if (raw.StartsWith('/'))
        {
            return Refused("Regular expressions are not searched; the words in it were searched instead.", raw);
        }
        if (raw.StartsWith('*') || raw.StartsWith('?'))
        {
            return Refused("A word cannot start with a wildcard; the rest of the word was searched instead.", raw);
        }

        var trimmed = raw.TrimEnd('.', ',', ';', '!', '?');
        if (trimmed.EndsWith('*') && QueryWords.Pattern().Match(trimmed[..^1]) is { Success: true } stem
            && stem.Length == trimmed.Length - 1 && stem.Length >= 2)
        {
            return new WordNode(stem.Value, Prefix: true);
        }
        if (trimmed.IndexOfAny(QueryWords.SyntaxCharacters) >= 0) return Malformed($"'{raw}' holds characters with no meaning in a search");
        return QueryWords.Nodes(trimmed);
    }

    private QueryNode? FieldWord(string field, string value, bool topLevel)
    {
        if (QueryWords.ScopeOf(field) is { } scope)
        {
            if (value.Length > 0) return value.IndexOfAny(QueryWords.SyntaxCharacters) < 0 ? QueryWords.Nodes(value, scope) : Malformed($"'{field}:{value}' holds characters with no meaning in a search");
            if (Peek is not { Kind: QueryTokenKind.Phrase } phrase) return Malformed($"'{field}:' needs a word or a quoted phrase after it");
            _position++;
            var words = QueryWords.Pattern().Matches(phrase.Text).Select(m => m.Value).ToList();
            return words.Count switch { 0 => null, 1 => new WordNode(words[0], Scope: scope, Exact: true), _ => new PhraseNode(string.Join(' ', words), scope) };
        }
        if (FacetDimension.Find(field) is { } dimension)
        {
            var values = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (!topLevel || values.Length == 0 || values.Any(v => v.IndexOfAny(QueryWords.SyntaxCharacters) >= 0))
            {
                return Malformed($"'{field}:{value}' is not a filter that can be used there");
            }
            if (!_filters.TryGetValue(dimension, out var list)) _filters[dimension] = list = [];
            list.AddRange(values.Select(v => FacetValues.Normalize(dimension, v)));
            return null;
        }
        // "covid:19" or "note: prisons" are text, not syntax; "*:*" is syntax this reader does not offer.
        if (field.Length > 0 && field.All(char.IsLetterOrDigit) && value.IndexOfAny(QueryWords.SyntaxCharacters) < 0)
        {
            return QueryWords.Nodes(field + " " + value);
        }
        return Malformed($"'{field}:{value}' names no facet");
    }

    // "+word" must be in every result; a quoted phrase or a group already is.
    private static QueryNode? Required(QueryNode? node) => node switch
    {
        WordNode word => word with { Required = true },
        AllOfNode all => all with { Explicit = true },
        _ => node,
    };

    private QueryNode? Refused(string message, string raw)
    {
        _notices.Add(new SearchNotice(SearchNoticeKind.QueryFeatureRefused, message, raw));
        _refused = true;
        return QueryWords.Nodes(raw);
    }

    private QueryNode? Malformed(string reason)
    {
        _malformed ??= reason;
        return null;
    }
}
