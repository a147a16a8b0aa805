using GoodPractices.Search.Contracts;
using GoodPractices.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace GoodPractices.Search.Querying;

/// <summary>
/// For one open reader, each facet dimension's values numbered across the whole index: segment ordinals are
/// mapped to global ones through an <see cref="MultiDocValues.OrdinalMap"/>, and each global ordinal's value is
/// read once here, so counting at query time touches only per-segment doc values and shared read-only arrays.
/// </summary>
internal sealed class FacetOrdinals
{
    private readonly Dictionary<FacetDimension, DimensionOrdinals> _byDimension = [];

    public FacetOrdinals(IndexReader reader)
    {
        foreach (var dimension in FacetDimension.All)
        {
            var values = MultiDocValues.GetSortedSetValues(reader, FieldNames.Facet(dimension));
            var labels = new string[values?.ValueCount ?? 0];
            var bytes = new BytesRef();
            for (var ordinal = 0; ordinal < labels.Length; ordinal++)
            {
                values!.LookupOrd(ordinal, bytes);
                labels[ordinal] = bytes.Utf8ToString();
            }
            var map = (values as MultiDocValues.MultiSortedSetDocValues)?.Mapping;
            _byDimension[dimension] = new DimensionOrdinals(labels, map);
        }
    }

    public DimensionOrdinals this[FacetDimension dimension] => _byDimension[dimension];
}

/// <summary>The values of one dimension by global ordinal, and the map from segment ordinals (null with one segment).</summary>
internal sealed record DimensionOrdinals(string[] Labels, MultiDocValues.OrdinalMap? Map)
{
    public long GlobalOrdinal(int segment, long segmentOrdinal) => Map?.GetGlobalOrd(segment, segmentOrdinal) ?? segmentOrdinal;
}
