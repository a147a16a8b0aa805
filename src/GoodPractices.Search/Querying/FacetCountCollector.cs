using GoodPractices.Search.Contracts;
using GoodPractices.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GoodPractices.Search.Querying;

/// <summary>Counts, for each matching document, every value it has in the given dimensions. One per search: not shared.</summary>
internal sealed class FacetCountCollector : ICollector
{
    private readonly FacetOrdinals _ordinals;
    private readonly IReadOnlyList<FacetDimension> _dimensions;
    private readonly int[][] _counts;
    private readonly SortedSetDocValues?[] _segmentValues;
    private int _segment;

    public FacetCountCollector(FacetOrdinals ordinals, IReadOnlyList<FacetDimension> dimensions)
    {
        _ordinals = ordinals;
        _dimensions = dimensions;
        _counts = dimensions.Select(d => new int[ordinals[d].Labels.Length]).ToArray();
        _segmentValues = new SortedSetDocValues?[dimensions.Count];
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _segment = context.Ord;
        for (var i = 0; i < _dimensions.Count; i++)
        {
            _segmentValues[i] = context.AtomicReader.GetSortedSetDocValues(FieldNames.Facet(_dimensions[i]));
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _dimensions.Count; i++)
        {
            if (_segmentValues[i] is not { } values) continue;
            var map = _ordinals[_dimensions[i]];
            values.SetDocument(doc);
            long ordinal;
            while ((ordinal = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                _counts[i][map.GlobalOrdinal(_segment, ordinal)]++;
            }
        }
    }

    /// <summary>Count per value of <paramref name="dimension"/>, for values counted at least once.</summary>
    public IReadOnlyDictionary<string, int> CountsOf(FacetDimension dimension)
    {
        var index = IndexOf(dimension);
        var labels = _ordinals[dimension].Labels;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var ordinal = 0; ordinal < labels.Length; ordinal++)
        {
            if (_counts[index][ordinal] > 0) counts[labels[ordinal]] = _counts[index][ordinal];
        }
        return counts;
    }

    private int IndexOf(FacetDimension dimension)
    {
        for (var i = 0; i < _dimensions.Count; i++)
        {
            if (_dimensions[i] == dimension) return i;
        }
        throw new ArgumentException($"Dimension '{dimension.Name}' was not counted by this collector.", nameof(dimension));
    }
}
