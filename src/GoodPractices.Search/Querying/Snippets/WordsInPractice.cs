using Lucene.Net.Index;
using Lucene.Net.Util;

namespace GoodPractices.Search.Querying.Snippets;

/// <summary>
/// Which of the words looked for a practice holds, asked of the index rather than read from its text: a practice can
/// match through its tags alone, and a passage need not read its whole text looking for words it lacks. One instance
/// serves one page of hits on one thread: it keeps a term cursor per segment and field, since making one costs more
/// than a lookup with it.
/// </summary>
internal sealed class WordsInPractices(IndexReader reader)
{
    // A prefix with more words than this in the index is taken to be there: checking each would cost more than reading.
    private const int MaxPrefixWords = 32;

    private readonly Dictionary<(int Leaf, string Field), (TermsEnum? Terms, DocsEnum? Docs)> _cursors = [];

    /// <summary>The words of the practice in document <paramref name="doc"/>.</summary>
    public WordsInPractice Of(int doc) => new(this, doc);

    internal bool Has(int doc, string field, string term)
    {
        var (leaf, local, terms) = Cursor(doc, field);
        return terms is not null && terms.SeekExact(new BytesRef(term)) && Holds(leaf, field, terms, local);
    }

    internal IReadOnlyList<string>? StartingWith(int doc, string field, string prefix)
    {
        var found = new List<string>();
        var (leaf, local, terms) = Cursor(doc, field);
        if (terms is null) return found;
        var start = new BytesRef(prefix);
        if (terms.SeekCeil(start) == TermsEnum.SeekStatus.END) return found;
        for (var checkedWords = 0; StringHelper.StartsWith(terms.Term, start); checkedWords++)
        {
            if (checkedWords == MaxPrefixWords) return null;
            if (Holds(leaf, field, terms, local)) found.Add(terms.Term.Utf8ToString());
            if (!terms.MoveNext()) break;
        }
        return found;
    }

    private (int Leaf, int Local, TermsEnum? Terms) Cursor(int doc, string field)
    {
        var leaves = reader.Leaves;
        var leaf = ReaderUtil.SubIndex(doc, leaves);
        if (!_cursors.TryGetValue((leaf, field), out var cursor))
        {
            _cursors[(leaf, field)] = cursor = (leaves[leaf].AtomicReader.GetTerms(field)?.GetEnumerator(), null);
        }
        return (leaf, doc - leaves[leaf].DocBase, cursor.Terms);
    }

    private bool Holds(int leaf, string field, TermsEnum terms, int local)
    {
        var reuse = _cursors[(leaf, field)].Docs;
        var docs = terms.Docs(null, reuse, DocsFlags.NONE);
        _cursors[(leaf, field)] = (terms, docs);
        return docs is not null && docs.Advance(local) == local;
    }
}

/// <summary>The words of one practice (see <see cref="WordsInPractices"/>).</summary>
internal readonly record struct WordsInPractice(WordsInPractices Page, int Doc)
{
    /// <summary>Whether the practice's <paramref name="field"/> holds the indexed term <paramref name="term"/>.</summary>
    public bool Has(string field, string term) => Page.Has(Doc, field, term);

    /// <summary>
    /// The terms of the practice's <paramref name="field"/> that start with <paramref name="prefix"/>; null when the
    /// index has too many such words to check each.
    /// </summary>
    public IReadOnlyList<string>? StartingWith(string field, string prefix) => Page.StartingWith(Doc, field, prefix);
}
