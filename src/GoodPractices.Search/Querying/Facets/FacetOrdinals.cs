using GoodPractices.Search.Contracts;
using GoodPractices.Search.Indexing;
using GoodPractices.Search.Querying.Matching;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace GoodPractices.Search.Querying.Facets;

/// <summary>
/// For one open reader, each facet dimension's values numbered across the whole index (segment ordinals mapped
/// to global ones through <see cref="MultiDocValues.OrdinalMap"/>), and every document's global ordinals copied
/// once into flat arrays, and each value's documents into a bit set. Counting at query time is then a walk over
/// shared read-only arrays, with no doc-values calls.
/// </summary>
internal sealed class FacetOrdinals
{
    private readonly Dictionary<FacetDimension, DimensionOrdinals> _byDimension = [];

    public FacetOrdinals(IndexReader reader)
    {
        foreach (var dimension in FacetDimension.All)
        {
            var field = FieldNames.Facet(dimension);
            var values = MultiDocValues.GetSortedSetValues(reader, field);
            var labels = new string[values?.ValueCount ?? 0];
            var bytes = new BytesRef();
            for (var ordinal = 0; ordinal < labels.Length; ordinal++)
            {
                values!.LookupOrd(ordinal, bytes);
                labels[ordinal] = bytes.Utf8ToString();
            }
            var map = (values as MultiDocValues.MultiSortedSetDocValues)?.Mapping;
            var documents = DocumentOrdinals.Read(reader, field, map);
            _byDimension[dimension] = new DimensionOrdinals(labels, documents, documents.ValueSets(labels.Length));
        }
    }

    public DimensionOrdinals this[FacetDimension dimension] => _byDimension[dimension];
}

/// <summary>
/// The values of one dimension by global ordinal, each document's ordinals, and each value's documents: the first
/// counts a few hits quickly, the second counts many (a value's count is the overlap of two bit sets).
/// </summary>
internal sealed record DimensionOrdinals(string[] Labels, DocumentOrdinals Documents, FixedBitSet[] ValueDocs)
{
    /// <summary>The documents with any of <paramref name="values"/>; a value the index does not hold adds none.</summary>
    public FixedBitSet DocsWithAny(IEnumerable<string> values, int maxDoc)
    {
        var docs = new FixedBitSet(maxDoc);
        foreach (var value in values)
        {
            var ordinal = Array.IndexOf(Labels, value);
            if (ordinal >= 0) docs.Or(ValueDocs[ordinal]);
        }
        return docs;
    }

    /// <summary>How many documents of <paramref name="docs"/> (of which there are <paramref name="count"/>) have each value.</summary>
    public int[] Count(FixedBitSet docs, int count)
    {
        var counts = new int[Labels.Length];
        // Walking the hits costs about one step per hit; overlapping bit sets about one step per 64 documents per value.
        if ((long)count * 64 < (long)Labels.Length * docs.Length)
        {
            var starts = Documents.Starts;
            var ordinals = Documents.Ordinals;
            var bits = docs.GetBits();
            for (var word = 0; word < DocSets.Words(docs); word++)
            {
                var w = (ulong)bits[word];
                while (w != 0)
                {
                    var doc = (word << 6) + System.Numerics.BitOperations.TrailingZeroCount(w);
                    w &= w - 1;
                    for (var k = starts[doc]; k < starts[doc + 1]; k++) counts[ordinals[k]]++;
                }
            }
            return counts;
        }
        for (var ordinal = 0; ordinal < counts.Length; ordinal++) counts[ordinal] = DocSets.IntersectionCount(docs, ValueDocs[ordinal]);
        return counts;
    }
}

/// <summary>
/// Every document's global ordinals in one dimension, in compressed-row form: the ordinals of top-level
/// document <c>d</c> are <c>Ordinals[Starts[d] .. Starts[d + 1]]</c>.
/// </summary>
internal sealed class DocumentOrdinals
{
    private DocumentOrdinals(int[] starts, int[] ordinals)
    {
        Starts = starts;
        Ordinals = ordinals;
    }

    public int[] Starts { get; }
    public int[] Ordinals { get; }

    /// <summary>For each of <paramref name="valueCount"/> ordinals, the set of documents that have it.</summary>
    public FixedBitSet[] ValueSets(int valueCount)
    {
        var maxDoc = Starts.Length - 1;
        var sets = new FixedBitSet[valueCount];
        for (var ordinal = 0; ordinal < valueCount; ordinal++) sets[ordinal] = new FixedBitSet(maxDoc);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            for (var k = Starts[doc]; k < Starts[doc + 1]; k++) sets[Ordinals[k]].Set(doc);
        }
        return sets;
    }

    public static DocumentOrdinals Read(IndexReader reader, string field, MultiDocValues.OrdinalMap? map)
    {
        var starts = new int[reader.MaxDoc + 1];
        var ordinals = new List<int>(reader.MaxDoc * 2);
        foreach (var leaf in reader.Leaves)
        {
            var values = leaf.AtomicReader.GetSortedSetDocValues(field);
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                starts[leaf.DocBase + doc] = ordinals.Count;
                if (values is null) continue;
                values.SetDocument(doc);
                long ordinal;
                while ((ordinal = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                {
                    ordinals.Add((int)(map?.GetGlobalOrd(leaf.Ord, ordinal) ?? ordinal));
                }
            }
        }
        starts[reader.MaxDoc] = ordinals.Count;
        return new DocumentOrdinals(starts, ordinals.ToArray());
    }
}
