using GoodPractices.Search.Contracts;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GoodPractices.Search.Querying;

/// <summary>Counts, for each matching document, every value it has in the given dimensions. One per search: not shared.</summary>
internal sealed class FacetCountCollector : ICollector
{
    private readonly FacetOrdinals _ordinals;
    private readonly IReadOnlyList<FacetDimension> _dimensions;
    private readonly int[][] _counts;
    private readonly DocumentOrdinals[] _documents;
    private int _docBase;

    public FacetCountCollector(FacetOrdinals ordinals, IReadOnlyList<FacetDimension> dimensions)
    {
        _ordinals = ordinals;
        _dimensions = dimensions;
        _counts = dimensions.Select(d => new int[ordinals[d].Labels.Length]).ToArray();
        _documents = dimensions.Select(d => ordinals[d].Documents).ToArray();
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc)
    {
        var global = _docBase + doc;
        for (var i = 0; i < _documents.Length; i++)
        {
            var documents = _documents[i];
            var counts = _counts[i];
            var ordinals = documents.Ordinals;
            for (var k = documents.Starts[global]; k < documents.Starts[global + 1]; k++)
            {
                counts[ordinals[k]]++;
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
