using GoodPractices.Core.Content;
using GoodPractices.Search.Contracts;
using GoodPractices.Search.Indexing;
using GoodPractices.Search.Querying.Reading;
using GoodPractices.Search.Querying.Snippets;
using GoodPractices.Search.Querying.Suggestions;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util.Automaton;

namespace GoodPractices.Search.Querying.Matching;

/// <summary>
/// The one place that says how a reader's query is matched and scored; the search, the "Missing:" words, highlighting
/// and the place filter offered all read its <see cref="QueryPlan"/>.
/// <list type="bullet">
/// <item>Each word or phrase is looked for in every language's title, summary and body (each analyzed by its own
/// language's analyzer) and in the accent-folded fields, taking the best field: title above summary above tags above
/// body, and the descriptions of the entry's tags below all of its own text.</item>
/// <item>Plain words are <em>loose</em>: a search first asks for all of them, and when few practices have them all,
/// for most of them (<see cref="QueryPlan.MostWords"/>), ranked by how many they have, weighted by how rare each is.
/// Quoted phrases, <c>+word</c>, completions, <c>title:</c> and words joined by an explicit <c>AND</c> stay required.</item>
/// <item>A word or phrase naming a place (<see cref="PlaceNames"/>) lifts practices from there instead of being
/// required; fillers and question words (<see cref="Fillers"/>) are left out; stop words only lift.</item>
/// <item>The last word typed also matches as the start of a word; words typed together score higher where they stand
/// together (<see cref="QueryPlan.Together"/>, added to the best-scored matches).</item>
/// </list>
/// Scores are Lucene's BM25 (<see cref="PracticeSimilarity"/>).
/// </summary>
internal sealed class TextQueryBuilder
{
    private const float TieBreaker = 0.1f;
    private const float PhraseBonusBoost = 1.5f;
    private const int PhraseBonusSlop = 2;

    // Two words typed one after the other that stand together in the label of a practice's tag (a word between them
    // allowed: "needle syringe" in "Needle and syringe programme") name the kind of practice sought. The weight was
    // tuned on the relevance set: at 2 nothing moved; at 3 a Czech search for substitution treatment in prison finds
    // it first instead of second; at 3.5 the Italian one keeps Scotland's naloxone programme out of its first three
    // with one more opioid treatment entry in the corpus; at 4 "jail women mothers" lost a place.
    private const float LabelBonusBoost = 3.5f;
    private const int LabelBonusSlop = 1;

    // Two such words standing together in the description of a practice's tag weigh a little less. Readers of the other
    // four languages name a kind of practice as its description does: "tribunais de drogas" for the drug courts,
    // "trattamento invece del carcere" for sentence deferral for treatment. Tuned on the relevance set: at 1 and 1.5 the
    // MRR of typed questions rose from 0.942 to 0.948; from 2.5 to 5 it stayed at 0.953.
    private const float DescriptionBonusBoost = 2.5f;

    // Under most-words matching a place counts as one of the words: a practice from there has it, about one well-placed
    // word's worth.
    private const float PlaceBoost = 20f;

    // Among the practices with every word, those from a place the reader named come first, however strongly the others
    // match ("drug treatment courts in the U.S." puts the United States' drug courts before Dublin's Drug Treatment
    // Court, whose title has every word in order). Scores of every word at their best stay far below this.
    private const float PlaceFirst = 1000f;

    // What a practice whose own text names the place gains on top: enough to come first among the place's own.
    private const float PlaceNamedBoost = 0.1f;

    // A tag's label typed in another language than English, found as the label's English words in a practice's own
    // text, weighs half as much as the word typed found there.
    private const float TranslationBoost = 0.5f;

    // A completion of the last word weighs less than the word itself.
    private const float CompletionBoost = 0.5f;

    private static readonly Func<string, string> Body = FieldNames.Body;

    private static readonly (Func<string, string> Field, float Boost)[] LanguageFields =
        [(FieldNames.Title, 3f), (FieldNames.Summary, 1.5f), (Body, 1f)];

    private const float LabelsBoost = 1.1f;

    private static readonly (string Field, float Boost)[] FoldedFields =
        [(FieldNames.FoldedTitle, 2.5f), (FieldNames.FoldedText, 0.8f), (FieldNames.Labels, LabelsBoost), (FieldNames.TermText, 0.5f)];

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
    private readonly PlaceNames? _places;
    private readonly bool _fuzzy;

    /// <param name="places">The place names to read in a query; null reads none.</param>
    /// <param name="fuzzy">Also match words within a few typing mistakes (see <see cref="Spelling.AllowedMistakes"/>).</param>
    public TextQueryBuilder(PracticeAnalyzer analyzer, PlaceNames? places = null, bool fuzzy = false)
    {
        _analyzer = analyzer;
        _places = places;
        _fuzzy = fuzzy;
    }

    /// <summary>What was matched against, for highlighting; filled by <see cref="Build"/> and <see cref="Plan"/>.</summary>
    public HighlightTerms Terms { get; } = new();

    /// <summary>The query for <paramref name="root"/> with every word required, or null when it searches nothing.</summary>
    public Query? Build(QueryNode? root) => Plan(root).Strict;

    /// <summary>
    /// How <paramref name="root"/> is matched and scored. With <paramref name="completeLastWord"/> (the reader had not
    /// typed a space after it), the last plain word also matches as the start of longer words.
    /// </summary>
    public QueryPlan Plan(QueryNode? root, bool completeLastWord = false)
    {
        if (root is null) return QueryPlan.Everything(Terms);
        if (root is NotNode) root = new AllOfNode([root]);
        if (root is not (AllOfNode { Explicit: false } or WordNode or SynonymsNode))
        {
            return new QueryPlan(Node(root, positive: true), null, [], [], Terms);
        }

        var items = root is AllOfNode all ? all.Items : [root];
        var loose = items.Select((item, i) => (Item: item, Index: i, Word: LooseWord(item))).Where(x => x.Word is not null).ToList();

        // Places first, over the loose words in order ("Latin America" is one place, not two words).
        var places = new List<Place>();
        var placeNames = new List<(Place Place, string Name)>();
        var isPlace = new HashSet<QueryNode>(ReferenceEqualityComparer.Instance);
        if (_places is not null)
        {
            foreach (var (start, count, place) in _places.Find([.. loose.Select(l => l.Word!.Text)]))
            {
                if (!places.Contains(place)) places.Add(place);
                var named = loose.Skip(start).Take(count).ToList();
                isPlace.UnionWith(named.Select(l => l.Item));
                placeNames.Add((place, string.Join(' ', named.Select(l => l.Word!.Text))));
            }
        }
        // Practices whose own text names a place as typed, with all of its words in order ("New Zealand", not every
        // practice that says "new", nor those of the region "Australia and New Zealand", whose label is among their tags').
        // Built when first needed, once for both readings of the query.
        List<Query>? namingPlace = null;
        List<Query> NamingPlace() => namingPlace ??= [.. placeNames.Select(p => Text(p.Name, positive: true, slop: 0, ownText: true))];
        var required = items.Where(i => i is not NotNode && LooseWord(i) is null).ToList();
        var excluded = items.OfType<NotNode>().ToList();
        var rest = loose.Where(l => !isPlace.Contains(l.Item)).ToList();
        var fillers = rest.Where(l => Fillers.Contains(l.Word!.Text)).ToList();
        var stopWords = rest.Where(l => !fillers.Contains(l) && IsStopWord(l.Word!.Text)).ToList();
        var content = rest.Where(l => !fillers.Contains(l) && !stopWords.Contains(l)).ToList();
        if (content.Count == 0 && required.Count == 0 && places.Count == 0)
        {
            // Nothing but fillers and stop words ("the who"): searched as typed, every word required.
            content = [.. fillers.Concat(stopWords).OrderBy(l => l.Index)];
            fillers = [];
            stopWords = [];
        }

        var lastIndex = items.Count - 1;
        var words = content
            .Select(l => (l.Word!.Text, Query: completeLastWord && l.Index == lastIndex && l.Item is WordNode last ? Completing(last) : Node(l.Item, positive: true)))
            .Where(w => w.Query is not null)
            .Select(w => new QueryPlanWord(w.Text, w.Query!))
            .ToList();

        // Everything but the loose words: what is required, what only lifts, what is left out.
        BooleanQuery Around(Query? loosePart)
        {
            var query = new BooleanQuery(disableCoord: true);
            foreach (var item in required)
            {
                if (Node(item, positive: true) is { } clause) query.Add(clause, Occur.MUST);
            }
            if (loosePart is not null) query.Add(loosePart, Occur.MUST);
            if (words.Count == 0 && required.Count == 0 && places.Count > 0)
            {
                // Only places ("Italy"): practices from there, or whose own text names it.
                var anyPlace = new BooleanQuery(disableCoord: true);
                for (var i = 0; i < placeNames.Count; i++)
                {
                    anyPlace.Add(PlaceQuery(placeNames[i].Place, 1f), Occur.SHOULD);
                    anyPlace.Add(NamingPlace()[i], Occur.SHOULD);
                }
                query.Add(anyPlace, Occur.MUST);
            }
            // Among the practices with every word, those from a place named come first; under most-words matching a
            // place is one of the words instead (a practice from there "has" it).
            if (places.Count > 0 && loosePart is not BooleanQuery { MinimumNumberShouldMatch: > 0 })
            {
                query.Add(FromPlaces(PlaceFirst), Occur.SHOULD);
            }
            // A practice whose own text names the place, as typed, gains a little more: "Scotland" is the United
            // Kingdom's filter, and Scotland's practices say so.
            if (loosePart is not null)
            {
                foreach (var naming in NamingPlace())
                {
                    var lift = (Query)naming.Clone();
                    lift.Boost = PlaceNamedBoost;
                    query.Add(lift, Occur.SHOULD);
                }
            }
            foreach (var stop in stopWords)
            {
                if (Node(stop.Item, positive: true) is { } lift) query.Add(lift, Occur.SHOULD);
            }
            foreach (var not in excluded)
            {
                if (Node(not.Item, positive: false) is { } left) query.Add(left, Occur.MUST_NOT);
            }
            if (!query.Clauses.Any(c => c.Occur == Occur.MUST)) query.Add(new MatchAllDocsQuery(), Occur.MUST);
            return query;
        }

        // A practice of no country (an international network, a UN handbook) is from where its own text says: "European
        // network children of prisoners" asks for Children of Prisoners Europe.
        BooleanQuery? fromNoCountry = null;
        BooleanQuery FromNoCountry()
        {
            if (fromNoCountry is not null) return fromNoCountry;
            var naming = new BooleanQuery(disableCoord: true);
            foreach (var name in NamingPlace()) naming.Add(name, Occur.SHOULD);
            return fromNoCountry = new BooleanQuery(disableCoord: true)
            {
                { new TermQuery(new Term(FieldNames.Filter(FacetDimension.Region), InternationalScope.Slug)), Occur.MUST },
                { naming, Occur.MUST },
            };
        }

        // Practices from any place named, each scored the same.
        Query FromPlaces(float boost) => new ConstantScoreQuery(new BooleanQuery(disableCoord: true)
        {
            { PlaceQuery(places, 1f), Occur.SHOULD },
            { FromNoCountry(), Occur.SHOULD },
        }) { Boost = boost };

        Query? allWords = null;
        if (words.Count > 0)
        {
            var every = new BooleanQuery(disableCoord: true);
            foreach (var word in words) every.Add(word.Query, Occur.MUST);
            allWords = every;
        }
        // The words a practice may lack under most-words matching: the plain words, and the places named, which a
        // practice from any of them has ("Spain Portugal harm reduction" asks for either, as "Iberian" does).
        // Each place as typed; a place named twice ("EU European Union") by both names.
        var namedPlaces = places.Select(place => new NamedPlace(place, string.Join(' ', placeNames.Where(p => p.Place == place).Select(p => p.Name)))).ToList();
        var countedWords = (words.Count > 0 || required.Count > 0) && places.Count > 0
            ? [.. words, new QueryPlanWord(string.Join(", ", namedPlaces.Select(p => p.Name)), FromPlaces(PlaceBoost))]
            : words;
        Query? mostWords = null;
        if (countedWords.Count > 1)
        {
            // Coordination on: the share of the words a practice has multiplies its score (PracticeSimilarity).
            var any = new BooleanQuery(disableCoord: false) { MinimumNumberShouldMatch = 1 };
            foreach (var word in countedWords) any.Add(word.Query, Occur.SHOULD);
            mostWords = Around(any);
        }
        // Words standing together lift practices that have them all (see QueryPlan.Together); under most-words matching
        // the bonus would lift a practice for two words together above one with every word, so it is left out there.
        var together = words.Count > 1 ? ProximityBonus([.. words.Select(w => w.Text)]) : null;
        return new QueryPlan(Around(allWords), mostWords, mostWords is null ? [] : countedWords, namedPlaces, Terms)
        {
            Together = together,
            FromNoCountry = places.Count > 0 ? FromNoCountry() : null,
        };
    }

    // A plain word typed at the top of a query (or one widened to its synonyms), which may be a place, a filler, or missing.
    private static WordNode? LooseWord(QueryNode item) => item switch
    {
        WordNode { IsLoose: true } word => word,
        SynonymsNode { Word.IsLoose: true } synonyms => synonyms.Word,
        _ => null,
    };

    private Query? Completing(WordNode word)
    {
        var exact = Node(word, positive: true);
        var folded = AnalyzedText.Tokens(_analyzer, FieldNames.FoldedText, word.Text);
        if (folded.Count != 1 || folded[0].Term.Length < 3 || _fuzzy) return exact;
        var query = new BestOfQuery(TieBreaker);
        if (exact is not null) query.Add(exact);
        foreach (var (field, boost) in FoldedFieldsOf(TextScope.All))
        {
            query.Add(WordsStarting(new Term(field, folded[0].Term), boost * CompletionBoost));
        }
        Terms.FoldedPrefixes.Add(folded[0].Term);
        return query;
    }

    // The practices with a word that starts so, each scored the query's weight, read straight into a bit set. Lucene's
    // default first gathers up to 350 terms into a hash to decide between that and a query per term, and a word's start
    // in a corpus of thousands of practices is in too many of them for the query: the hash was a twelfth of what a
    // search allocated, for nothing. Either way every match scores the same.
    private static readonly MultiTermQuery.RewriteMethod WordStarts = MultiTermQuery.CONSTANT_SCORE_FILTER_REWRITE;

    // The practices with a word that starts with the prefix's text, each scored the boost: read once for the whole search
    // where the search's lookups are at hand.
    private Query WordsStarting(Term prefix, float boost) =>
        Lookup?.WordsStarting(prefix, boost) ?? new PrefixQuery(prefix) { Boost = boost, MultiTermRewriteMethod = WordStarts };

    private static Query PlaceQuery(Place place, float boost) => PlaceQuery([place], boost);

    // Practices from any of the places, each scored the same.
    private static Query PlaceQuery(IReadOnlyList<Place> places, float boost)
    {
        var values = places.SelectMany(place => place.Values.Select(value => new Term(FieldNames.Filter(place.Dimension), value))).ToList();
        Query match = values.Count == 1
            ? new TermQuery(values[0])
            : values.Aggregate(new BooleanQuery(disableCoord: true), (any, term) =>
            {
                any.Add(new TermQuery(term), Occur.SHOULD);
                return any;
            });
        return new ConstantScoreQuery(match) { Boost = boost };
    }

    private Query? Node(QueryNode node, bool positive) => node switch
    {
        WordNode { Prefix: true } word => Prefix(word.Text, positive, word.Scope),
        WordNode word when _fuzzy => Fuzzy(word.Text, positive, word.Scope),
        WordNode word => Translated(word, positive, Text(word.Text, positive, slop: 0, word.Scope, joinable: true)),
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
        var query = new BooleanQuery(disableCoord: true);
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

    // Words typed one after another score higher where they also stand together (within a couple of words), in titles,
    // summaries and the folded bodies (language bodies keep no positions), and two in a row where a tag's label or
    // description holds them together.
    private Query? ProximityBonus(IReadOnlyList<string> words)
    {
        var bonus = Text(string.Join(' ', words), positive: false, PhraseBonusSlop, languageBodies: false);
        if (bonus is BooleanQuery { Clauses.Count: 0 }) return null;
        bonus.Boost = PhraseBonusBoost;
        // In any language: the labels are read mostly by readers of the other four, for whom a practice's own text
        // (mostly English) holds none of the words, while a translated one holds them all.
        var inLabels = new BooleanQuery(disableCoord: true);
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var pair = AnalyzedText.Tokens(_analyzer, FieldNames.Labels, words[i] + " " + words[i + 1]);
            if (pair.Count == 2)
            {
                inLabels.Add(FieldQuery(FieldNames.Labels, pair, LabelBonusSlop, LabelBonusBoost), Occur.SHOULD);
                inLabels.Add(FieldQuery(FieldNames.TermText, pair, LabelBonusSlop, DescriptionBonusBoost), Occur.SHOULD);
            }
        }
        if (inLabels.Clauses.Count == 0) return bonus;
        return new BooleanQuery(disableCoord: true) { { bonus, Occur.SHOULD }, { inLabels, Occur.SHOULD } };
    }

    // One best-of over the fields of the word typed and of every word that means the same, the others at a lower
    // weight: a practice is scored by the best place any of them stands, as for one word, so the word typed wins
    // where it is found.
    private Query? Synonyms(SynonymsNode node, bool positive)
    {
        var query = new BestOfQuery(TieBreaker);
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

    /// <param name="ownText">Only the practice's own text: not the labels and descriptions of its tags.</param>
    /// <param name="joinable">A typed word that reads as several ("after-care", "re-entry") also matches them written as one
    /// ("aftercare", "reentry"), as a practice may spell it.</param>
    /// <param name="languages">The languages the text is written in, whose fields alone are searched, and not the folded
    /// ones; null for all.</param>
    private Query Text(string text, bool positive, int slop, TextScope scope = TextScope.All, bool languageBodies = true, bool ownText = false,
        bool joinable = false, IReadOnlyList<string>? languages = null)
    {
        var query = new BestOfQuery(TieBreaker);
        var languageFields = languageBodies ? LanguageFieldsOf(scope) : [.. LanguageFieldsOf(scope).Where(f => f.Field != Body)];
        var keys = languages is null ? LanguageAnalyzers.Keys : [.. languages.Select(LanguageAnalyzers.KeyOf).Distinct()];
        foreach (var key in languageFields.Length == 0 ? [] : keys)
        {
            var tokens = AnalyzedText.Tokens(_analyzer, FieldNames.Body(key), text);
            if (tokens.Count == 0) continue;
            foreach (var (field, boost) in languageFields)
            {
                // Language bodies keep no word positions (see PracticeDocumentBuilder.LanguageBodyType): a word that
                // reads as several ("drug-free") is looked for in order in the folded bodies only, as a phrase is.
                if (field == Body && tokens.Count > 1) continue;
                query.Add(FieldQuery(field(key), tokens, slop, boost));
            }
            // The tags' labels in the language, read as it reads them, weigh as the labels of every language do.
            if (!ownText && scope == TextScope.All && FieldNames.LabelLanguages.Contains(key))
            {
                query.Add(FieldQuery(FieldNames.LanguageLabels(key), tokens, slop, LabelsBoost));
            }
            if (positive) Terms.Add(key, tokens);
        }
        var folded = languages is null ? AnalyzedText.Tokens(_analyzer, FieldNames.FoldedText, text) : [];
        if (folded.Count > 0)
        {
            InFoldedFields(text, folded);
            if (joinable && folded.Count > 1)
            {
                var joinedText = string.Concat(folded.Select(t => t.Term));
                if (AnalyzedText.Tokens(_analyzer, FieldNames.FoldedText, joinedText) is [_] joined) InFoldedFields(joinedText, joined);
            }
        }
        // A word no analyzer keeps (longer than any token may be) is in no practice: it must match nothing,
        // not vanish from the query and leave it matching everything.
        return query.Disjuncts.Count == 0 ? new BooleanQuery() : query;

        void InFoldedFields(string reading, List<AnalyzedToken> foldedTokens)
        {
            List<AnalyzedToken>? labelTokens = null;
            foreach (var (field, boost) in FoldedFieldsOf(scope))
            {
                if (ownText && field is FieldNames.Labels or FieldNames.TermText) continue;
                // Labels and tag descriptions lose a plural ending as well (LabelAnalyzer).
                var tokens = field is FieldNames.Labels or FieldNames.TermText
                    ? labelTokens ??= AnalyzedText.Tokens(_analyzer, FieldNames.Labels, reading)
                    : foldedTokens;
                if (tokens.Count > 0) query.Add(FieldQuery(field, tokens, slop, boost));
            }
            if (positive) Terms.AddFolded(foldedTokens);
            if (positive && labelTokens is not null) Terms.Vocabulary.UnionWith(labelTokens.Select(token => token.Term));
        }
    }

    /// <summary>
    /// The search's lookups of terms in the index (<see cref="TermLookup"/>), shared by every reading of its query; null
    /// leaves each term for Lucene to look up as it weighs the query.
    /// </summary>
    public TermLookup? Lookup { get; init; }

    /// <summary>The taxonomy's labels a reader's word may be typed in (<see cref="LabelTranslations"/>); null reads none.</summary>
    public LabelTranslations? Translations { get; init; }

    // A word that is a one-word label in French, Italian, Portuguese or Czech ("mulheres") also matches the label's
    // English words ("women") in a practice's own English text, where most entries are written.
    private Query Translated(WordNode word, bool positive, Query query)
    {
        if (Translations is null || word.Scope != TextScope.All || Translations.EnglishOf(word.Text) is not { } english) return query;
        var translated = Text(english, positive, slop: 0, ownText: true, languages: ["en"]);
        translated.Boost *= TranslationBoost;
        return new BestOfQuery(TieBreaker) { query, translated };
    }

    private Query? Prefix(string text, bool positive, TextScope scope)
    {
        var folded = AnalyzedText.Tokens(_analyzer, FieldNames.FoldedText, text);
        if (folded.Count != 1) return Text(text, positive, slop: 0, scope);
        var query = new BestOfQuery(TieBreaker);
        foreach (var (field, boost) in FoldedFieldsOf(scope))
        {
            query.Add(WordsStarting(new Term(field, folded[0].Term), boost));
        }
        if (positive) Terms.FoldedPrefixes.Add(folded[0].Term);
        return query;
    }

    private Query? Fuzzy(string text, bool positive, TextScope scope)
    {
        var exact = Text(text, positive, slop: 0, scope);
        var folded = AnalyzedText.Tokens(_analyzer, FieldNames.FoldedText, text);
        if (folded.Count != 1 || Spelling.AllowedMistakes(folded[0].Term) is var edits && edits == 0) return exact;
        var query = exact as DisjunctionMaxQuery ?? new BestOfQuery(TieBreaker);
        // The word's automata are the same in every field (see SharedAutomataFuzzyQuery).
        List<CompiledAutomaton> automata = [];
        foreach (var (field, boost) in FoldedFieldsOf(scope))
        {
            query.Add(new SharedAutomataFuzzyQuery(new Term(field, folded[0].Term), edits, automata) { Boost = boost * FuzzyBoost });
        }
        if (positive) Terms.FuzzyWords[folded[0].Term] = edits;
        return query;
    }

    private Query FieldQuery(string field, List<AnalyzedToken> tokens, int slop, float boost)
    {
        if (tokens.Count == 1)
        {
            var term = new Term(field, tokens[0].Term);
            return Lookup?.Query(term, boost) ?? new TermQuery(term) { Boost = boost };
        }
        // A phrase with a word no practice holds in this field matches nothing there.
        if (Lookup is { } lookup && tokens.Select(token => new Term(field, token.Term)).FirstOrDefault(term => !lookup.Holds(term)) is { } absent)
        {
            return new AbsentTermQuery(absent) { Boost = boost };
        }
        var phrase = new PhraseQuery { Slop = slop, Boost = boost };
        foreach (var token in tokens) phrase.Add(new Term(field, token.Term), token.Position);
        return phrase;
    }

    // The folded analyzer keeps every real word, so a word it drops is no word at all, not a stop word.
    private bool IsStopWord(string word) =>
        AnalyzedText.Tokens(_analyzer, FieldNames.FoldedText, word).Count > 0
        && LanguageAnalyzers.Keys.Any(key => key != LanguageAnalyzers.Standard
            && AnalyzedText.Tokens(_analyzer, FieldNames.Body(key), word).Count == 0);
}
