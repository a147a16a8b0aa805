using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace GoodPractices.Search.Querying;

/// <summary>
/// Cursors into each segment's term dictionary and postings, kept from one search to the next. Setting up a cursor
/// costs a few kilobytes, and a word is looked up in some thirty fields of every segment: made afresh, the cursors
/// were most of what a search allocated. A search rents one set, uses it alone, and gives it back.
/// </summary>
internal sealed class TermCursors
{
    // One pool per open reader: the cursors belong to its segments and go when it goes.
    private static readonly ConditionalWeakTable<IndexReader, ConcurrentBag<TermCursors>> Pools = new();

    private readonly Dictionary<(int Leaf, string Field), Cursor> _cursors = [];
    private readonly ConcurrentBag<TermCursors> _pool;

    private TermCursors(ConcurrentBag<TermCursors> pool) => _pool = pool;

    private sealed class Cursor(TermsEnum terms)
    {
        public TermsEnum Terms { get; } = terms;
        public DocsEnum? Docs { get; set; }
    }

    public static TermCursors Rent(IndexReader reader)
    {
        var pool = Pools.GetValue(reader, _ => new ConcurrentBag<TermCursors>());
        return pool.TryTake(out var cursors) ? cursors : new TermCursors(pool);
    }

    /// <summary>Gives the set back for the next search; it must not be used after.</summary>
    public void Return() => _pool.Add(this);

    /// <summary>
    /// How many documents have <paramref name="term"/>, and where it is in each segment: what Lucene's
    /// <see cref="TermContext.Build"/> finds, with these cursors.
    /// </summary>
    public TermContext Context(IndexReaderContext top, Term term)
    {
        var context = new TermContext(top);
        foreach (var leaf in top.Leaves)
        {
            if (Terms(leaf, term.Field) is { } terms && terms.SeekExact(term.Bytes))
            {
                context.Register(terms.GetTermState(), leaf.Ord, terms.DocFreq, terms.TotalTermFreq);
            }
        }
        return context;
    }

    /// <summary>The postings of <paramref name="term"/> in <paramref name="leaf"/>, found at <paramref name="state"/>.</summary>
    public DocsEnum Docs(AtomicReaderContext leaf, Term term, TermState state, DocsFlags flags)
    {
        var cursor = _cursors[(leaf.Ord, term.Field)];
        cursor.Terms.SeekExact(term.Bytes, state);
        return cursor.Docs = cursor.Terms.Docs(leaf.AtomicReader.LiveDocs, cursor.Docs, flags);
    }

    private TermsEnum? Terms(AtomicReaderContext leaf, string field)
    {
        if (_cursors.TryGetValue((leaf.Ord, field), out var cursor)) return cursor.Terms;
        if (leaf.AtomicReader.GetTerms(field) is not { } terms) return null;
        _cursors[(leaf.Ord, field)] = cursor = new Cursor(terms.GetEnumerator());
        return cursor.Terms;
    }
}
