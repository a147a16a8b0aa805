using GoodPractices.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GoodPractices.Search.Querying;

/// <summary>
/// Turns a parsed query into a Lucene query. Each word or phrase is looked for in every language's title,
/// summary and body (each analyzed by its own language's analyzer) and in the accent-folded fields, taking
/// the best field; words are AND-ed. Titles weigh more than summaries, summaries more than bodies, and words
/// typed one after another score higher where they also stand together in the text (<see cref="ProximityBonus"/>).
/// </summary>
internal sealed class TextQueryBuilder
{
    private const float TieBreaker = 0.1f;
    private const float PhraseBonusBoost = 2f;
    private const int PhraseBonusSlop = 2;

    private static readonly Func<string, string> Body = FieldNames.Body;

    private static readonly (Func<string, string> Field, float Boost)[] LanguageFields =
        [(FieldNames.Title, 3f), (FieldNames.Summary, 1.5f), (Body, 1f)];

    private static readonly (string Field, float Boost)[] FoldedFields =
        [(FieldNames.FoldedTitle, 2.5f), (FieldNames.FoldedText, 0.8f), (FieldNames.Labels, 1.2f)];

    private static (Func<string, string> Field, float Boost)[] LanguageFieldsOf(TextScope scope) => scope switch
    {
        TextScope.Title => LanguageFields[..1],
        TextScope.Organisation => [],
        _ => LanguageFields,
    };

    private static (string Field, float Boost)[] FoldedFieldsOf(TextScope scope) => scope switch
    {
        TextScope.Title => FoldedFields[..1],
        TextScope.Organisation => [(FieldNames.Organisation, 1f)],
        _ => FoldedFields,
    };

    // Typing mistakes weigh less than what was typed exactly.
    private const float FuzzyBoost = 0.6f;

    // So do words that mean the same as the one typed.
    private const float SynonymBoost = 0.5f;

    private readonly PracticeAnalyzer _analyzer;
    private readonly bool _fuzzy;

    /// <param name="fuzzy">Also match words within a few typing mistakes (see <see cref="EditDistance.AllowedFor"/>).</param>
    public TextQueryBuilder(PracticeAnalyzer analyzer, bool fuzzy = false)
    {
        _analyzer = analyzer;
        _fuzzy = fuzzy;
    }

    /// <summary>What was matched against, for highlighting; filled by <see cref="Build"/>.</summary>
    public HighlightTerms Terms { get; } = new();

    /// <summary>The query for <paramref name="root"/>, or null when it searches nothing (every practice matches).</summary>
    public Query? Build(QueryNode? root) => root switch
    {
        null => null,
        NotNode => Node(new AllOfNode([root]), positive: true),
        _ => Node(root, positive: true),
    };

    private Query? Node(QueryNode node, bool positive) => node switch
    {
        WordNode { Prefix: true } word => Prefix(word.Text, positive, word.Scope),
        WordNode word when _fuzzy => Fuzzy(word.Text, positive, word.Scope),
        WordNode word => Text(word.Text, positive, slop: 0, word.Scope),
        // A quoted phrase is looked for word for word (accents aside) in the bodies, in the folded field that holds
        // them all, as search engines read quotes; titles and summaries also match its stemmed forms. Checking word
        // positions in each language's stemmed bodies as well doubled the cost of a phrase of common words.
        PhraseNode phrase => Text(phrase.Text, positive, slop: 0, phrase.Scope, languageBodies: false),
        SynonymsNode synonyms => Synonyms(synonyms, positive),
        AllOfNode all => AllOf(all.Items, positive),
        AnyOfNode any => AnyOf(any.Items, positive),
        NotNode not => AllOf([not], positive),
        _ => null,
    };

    private Query? AllOf(IReadOnlyList<QueryNode> items, bool positive)
    {
        var query = new BooleanQuery();
        // A stop word of any language ("the", "in", but also German "war" or Dutch "men") may be missing from a
        // practice's language fields, so it cannot be required; it still lifts practices that have it.
        var hasContentWord = items.Any(i => i is not NotNode && !(i is WordNode { Prefix: false } w && IsStopWord(w.Text)));
        var required = 0;
        foreach (var item in items)
        {
            if (item is NotNode not)
            {
                if (Node(not.Item, !positive) is { } excluded) query.Add(excluded, Occur.MUST_NOT);
                continue;
            }
            if (hasContentWord && item is WordNode { Prefix: false } word && IsStopWord(word.Text))
            {
                if (Node(item, positive) is { } optional) query.Add(optional, Occur.SHOULD);
                continue;
            }
            if (Node(item, positive) is { } clause)
            {
                query.Add(clause, Occur.MUST);
                required++;
            }
        }
        if (required == 0)
        {
            if (query.Clauses.Count == 0) return null;
            query.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        return query;
    }

    /// <summary>
    /// The bonus for words typed one after another that also stand together in the text (within a couple of
    /// words), or null when the query has no such words. It never changes which practices match, only their
    /// order, and checking word positions in every matching body is the dearest part of a search: so a search
    /// matches and ranks without it, then re-ranks its best hits with it.
    /// <para>
    /// With <paramref name="docFreqs"/> (how many practices have each term, as the search found when matching), a
    /// field where one of the words is in no practice is left out: it could add nothing, and setting up a phrase
    /// check costs a term lookup per word per field, which was most of the re-ranking's cost.
    /// </para>
    /// </summary>
    public Query? ProximityBonus(QueryNode? root, IReadOnlyDictionary<Term, int>? docFreqs = null)
    {
        if (root is not AllOfNode all) return null;
        var query = new BooleanQuery();
        foreach (var run in WordRuns(all.Items).Where(r => r.Count >= 2))
        {
            // Bodies are checked in the folded field alone: it holds every language's body, and checking word
            // positions once per body rather than twice is most of the bonus's cost.
            var bonus = Text(string.Join(' ', run), positive: false, PhraseBonusSlop, languageBodies: false, docFreqs: docFreqs);
            bonus.Boost = PhraseBonusBoost;
            query.Add(bonus, Occur.SHOULD);
        }
        return query.Clauses.Count == 0 ? null : query;
    }

    // One best-of over the fields of the word typed and of every word that means the same, the others at a lower
    // weight: a practice is scored by the best place any of them stands, as for one word, so the word typed wins
    // where it is found and a query of such words is still read term at a time (see TermAtATime).
    private Query? Synonyms(SynonymsNode node, bool positive)
    {
        var query = new DisjunctionMaxQuery(TieBreaker);
        void Add(Query? clause, float weight)
        {
            switch (clause)
            {
                case DisjunctionMaxQuery best:
                    foreach (var disjunct in best.Disjuncts)
                    {
                        var weighted = (Query)disjunct.Clone();
                        weighted.Boost *= best.Boost * weight;
                        query.Add(weighted);
                    }
                    break;
                case null or BooleanQuery { Clauses.Count: 0 }:
                    // A word no analyzer keeps matches nothing.
                    break;
                default:
                    var other = (Query)clause.Clone();
                    other.Boost *= weight;
                    query.Add(other);
                    break;
            }
        }
        Add(Node(node.Word, positive), 1f);
        foreach (var other in node.Others) Add(Node(other, positive), SynonymBoost);
        return query.Disjuncts.Count == 0 ? null : query;
    }

    private Query? AnyOf(IReadOnlyList<QueryNode> items, bool positive)
    {
        var query = new BooleanQuery();
        foreach (var item in items)
        {
            if (Node(item, positive) is { } clause) query.Add(clause, Occur.SHOULD);
        }
        return query.Clauses.Count == 0 ? null : query;
    }

    private Query Text(string text, bool positive, int slop, TextScope scope = TextScope.All, bool languageBodies = true,
        IReadOnlyDictionary<Term, int>? docFreqs = null)
    {
        bool InNoPractice(string field, List<AnalyzedToken> tokens) =>
            docFreqs is not null && tokens.Any(t => docFreqs.TryGetValue(new Term(field, t.Term), out var count) && count == 0);

        var query = new DisjunctionMaxQuery(TieBreaker);
        var languageFields = languageBodies ? LanguageFieldsOf(scope) : [.. LanguageFieldsOf(scope).Where(f => f.Field != Body)];
        foreach (var key in languageFields.Length == 0 ? [] : LanguageAnalyzers.Keys)
        {
            var tokens = AnalyzedText.Tokens(_analyzer, FieldNames.Body(key), text);
            if (tokens.Count == 0) continue;
            foreach (var (field, boost) in languageFields)
            {
                // Language bodies keep no word positions (see PracticeDocumentBuilder.LanguageBodyType): a word that
                // reads as several ("drug-free") is looked for in order in the folded bodies only, as a phrase is.
                if (field == Body && tokens.Count > 1) continue;
                if (!InNoPractice(field(key), tokens)) query.Add(FieldQuery(field(key), tokens, slop, boost));
            }
            if (positive) foreach (var token in tokens) Terms.Add(key, token.Term);
        }
        var folded = AnalyzedText.Tokens(_analyzer, FieldNames.FoldedText, text);
        if (folded.Count > 0)
        {
            foreach (var (field, boost) in FoldedFieldsOf(scope))
            {
                if (!InNoPractice(field, folded)) query.Add(FieldQuery(field, folded, slop, boost));
            }
            if (positive) foreach (var token in folded) Terms.Folded.Add(token.Term);
        }
        // A word no analyzer keeps (longer than any token may be) is in no practice: it must match nothing,
        // not vanish from the query and leave it matching everything.
        return query.Disjuncts.Count == 0 ? new BooleanQuery() : query;
    }

    private Query? Prefix(string text, bool positive, TextScope scope)
    {
        var folded = AnalyzedText.Tokens(_analyzer, FieldNames.FoldedText, text);
        if (folded.Count != 1) return Text(text, positive, slop: 0, scope);
        var query = new DisjunctionMaxQuery(TieBreaker);
        foreach (var (field, boost) in FoldedFieldsOf(scope))
        {
            query.Add(new PrefixQuery(new Term(field, folded[0].Term)) { Boost = boost });
        }
        if (positive) Terms.FoldedPrefixes.Add(folded[0].Term);
        return query;
    }

    private Query? Fuzzy(string text, bool positive, TextScope scope)
    {
        var exact = Text(text, positive, slop: 0, scope);
        var folded = AnalyzedText.Tokens(_analyzer, FieldNames.FoldedText, text);
        if (folded.Count != 1 || EditDistance.AllowedFor(folded[0].Term) is var edits && edits == 0) return exact;
        var query = exact as DisjunctionMaxQuery ?? new DisjunctionMaxQuery(TieBreaker);
        foreach (var (field, boost) in FoldedFieldsOf(scope))
        {
            query.Add(new FuzzyQuery(new Term(field, folded[0].Term), edits) { Boost = boost * FuzzyBoost });
        }
        if (positive) Terms.FuzzyWords[folded[0].Term] = edits;
        return query;
    }

    private static Query FieldQuery(string field, List<AnalyzedToken> tokens, int slop, float boost)
    {
        if (tokens.Count == 1) return new TermQuery(new Term(field, tokens[0].Term)) { Boost = boost };
        var phrase = new PhraseQuery { Slop = slop, Boost = boost };
        foreach (var token in tokens) phrase.Add(new Term(field, token.Term), token.Position);
        return phrase;
    }

    // The folded analyzer keeps every real word, so a word it drops is no word at all, not a stop word.
    private bool IsStopWord(string word) =>
        AnalyzedText.Tokens(_analyzer, FieldNames.FoldedText, word).Count > 0
        && LanguageAnalyzers.Keys.Any(key => key != LanguageAnalyzers.Standard
            && AnalyzedText.Tokens(_analyzer, FieldNames.Body(key), word).Count == 0);

    private static IEnumerable<List<string>> WordRuns(IReadOnlyList<QueryNode> items)
    {
        var run = new List<string>();
        foreach (var item in items)
        {
            if (item is WordNode { Prefix: false, Scope: TextScope.All } word)
            {
                run.Add(word.Text);
                continue;
            }
            if (run.Count > 0) yield return run;
            run = [];
        }
        if (run.Count > 0) yield return run;
    }
}
