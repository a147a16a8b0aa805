using GoodPractices.Search.Contracts;
using GoodPractices.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace GoodPractices.Search.Querying;

/// <summary>
/// For one open reader, each facet dimension's values numbered across the whole index (segment ordinals mapped
/// to global ones through <see cref="MultiDocValues.OrdinalMap"/>), and every document's global ordinals copied
/// once into flat arrays. Counting at query time is then a walk over shared read-only arrays per hit, with no
/// doc-values calls: this is what keeps facet counts over 100,000 entries within a few milliseconds.
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
            _byDimension[dimension] = new DimensionOrdinals(labels, DocumentOrdinals.Read(reader, field, map));
        }
    }

    public DimensionOrdinals this[FacetDimension dimension] => _byDimension[dimension];
}

/// <summary>The values of one dimension by global ordinal, and each document's ordinals.</summary>
internal sealed record DimensionOrdinals(string[] Labels, DocumentOrdinals Documents);

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
