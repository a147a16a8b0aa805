using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GoodPractices.Search.Querying.Matching;

/// <summary>
/// Looks up the terms of one reader's search in the index before they are weighed. A word is looked for in a few dozen
/// fields (every language's title, summary and body, the folded fields, the tags' text), and most of those fields do
/// not hold it: Lucene's <see cref="TermQuery"/> opens a new term enumerator for every term in every segment, and weighs
/// a term no segment holds as fully as any other. Here each field of each segment is walked by one enumerator for the
/// whole search (a search reads its query more than once: every word required, then most of them), each term is looked
/// up once, a term that is found is handed to its query with what was found (Lucene's <see cref="TermContext"/>), and a
/// term that is not becomes <see cref="AbsentTermQuery"/>, which matches nothing and weighs nothing. Scores are the same:
/// a term no segment holds never gave a scorer.
/// </summary>
internal sealed class TermLookup(IndexReader reader)
{
    private readonly IndexReaderContext _top = reader.Context;
    private readonly Dictionary<Term, TermContext?> _found = [];
    private readonly Dictionary<string, TermsEnum?[]> _enumerators = new(StringComparer.Ordinal);

    /// <summary>A query for <paramref name="term"/>: a <see cref="TermQuery"/> that need not look it up again, or, when
    /// no segment holds it, an <see cref="AbsentTermQuery"/>.</summary>
    public Query Query(Term term, float boost) => Find(term) is { } context
        ? new TermQuery(term, context) { Boost = boost }
        : new AbsentTermQuery(term) { Boost = boost };

    /// <summary>
    /// A query for the practices with a word of <paramref name="prefix"/>'s field that starts with its text, each scored
    /// <paramref name="boost"/>. Which practices those are is read once per segment for the whole search, into a bit set
    /// that every reading of the query, every range of a segment matched on a core of its own (<see cref="SegmentMatch"/>)
    /// and the page's missing words share: reading it walks every such word's postings.
    /// </summary>
    public Query WordsStarting(Term prefix, float boost)
    {
        if (!_starts.TryGetValue(prefix, out var filter))
        {
            _starts[prefix] = filter = new CachingWrapperFilter(new PrefixFilter(prefix));
        }
        return new ConstantScoreQuery(filter) { Boost = boost };
    }

    private readonly Dictionary<Term, Filter> _starts = [];

    /// <summary>Whether any segment holds <paramref name="term"/>.</summary>
    public bool Holds(Term term) => Find(term) is not null;

    private TermContext? Find(Term term)
    {
        if (_found.TryGetValue(term, out var known)) return known;
        TermContext? context = null;
        var enumerators = Enumerators(term.Field);
        foreach (var leaf in _top.Leaves)
        {
            if (enumerators[leaf.Ord] is { } terms && terms.SeekExact(term.Bytes))
            {
                context ??= new TermContext(_top);
                context.Register(terms.GetTermState(), leaf.Ord, terms.DocFreq, terms.TotalTermFreq);
            }
        }
        _found[term] = context;
        return context;
    }

    private TermsEnum?[] Enumerators(string field)
    {
        if (_enumerators.TryGetValue(field, out var enumerators)) return enumerators;
        var leaves = _top.Leaves;
        enumerators = new TermsEnum?[leaves.Count];
        foreach (var leaf in leaves)
        {
            enumerators[leaf.Ord] = leaf.AtomicReader.Fields?.GetTerms(field)?.GetEnumerator();
        }
        _enumerators[field] = enumerators;
        return enumerators;
    }
}

/// <summary>
/// A term no segment of the index holds (see <see cref="TermLookup"/>): it matches nothing, as its
/// <see cref="TermQuery"/> would, without the statistics and per-length score table that weighing a term builds.
/// </summary>
internal sealed class AbsentTermQuery(Term term) : Query
{
    public Term Term { get; } = term;

    public override Weight CreateWeight(IndexSearcher searcher) => new AbsentWeight(this);

    public override string ToString(string field) => $"absent({Term})";

    public override bool Equals(object? obj) => obj is AbsentTermQuery other && other.Term.Equals(Term) && other.Boost == Boost;

    public override int GetHashCode() => HashCode.Combine(Term, Boost);

    private sealed class AbsentWeight(AbsentTermQuery query) : Weight
    {
        public override Query Query => query;

        public override Explanation Explain(AtomicReaderContext context, int doc) =>
            new(0f, $"no practice holds {query.Term}");

        // The query norm of BM25 is 1 whatever the sum; an absent term adds nothing to it.
        public override float GetValueForNormalization() => 0f;

        public override void Normalize(float norm, float topLevelBoost)
        {
        }

        public override Scorer? GetScorer(AtomicReaderContext context, Lucene.Net.Util.IBits? acceptDocs) => null;
    }
}
