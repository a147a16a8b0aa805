using GoodPractices.Search.Contracts;
using Lucene.Net.Search;

namespace GoodPractices.Search.Querying;

/// <summary>
/// Drill-sideways facet counts. Dimensions without a selection are counted in the main pass, over the hits;
/// each dimension with a selection gets its own pass with every other dimension's selection applied but not
/// its own, so a reader sees how many hits each further value of it would add.
/// </summary>
internal sealed class FacetCounter
{
    private readonly IndexSearcher _searcher;
    private readonly FacetOrdinals _ordinals;
    private readonly FacetSelection _selection;
    private readonly Func<FacetDimension?, Query> _queryWithout;
    private readonly Dictionary<FacetDimension, FacetCountCollector> _sideways = [];

    /// <param name="queryWithout">The full query with the selection of the given dimension left out (null: nothing left out).</param>
    public FacetCounter(IndexSearcher searcher, FacetOrdinals ordinals, FacetSelection selection, Func<FacetDimension?, Query> queryWithout)
    {
        _searcher = searcher;
        _ordinals = ordinals;
        _selection = selection;
        _queryWithout = queryWithout;
        MainPass = new FacetCountCollector(ordinals, FacetDimension.All.Where(d => !selection.IsSelected(d)).ToList());
    }

    /// <summary>The collector to run alongside the main search.</summary>
    public FacetCountCollector MainPass { get; }

    /// <summary>Runs the sideways passes and assembles every dimension's values, in <see cref="FacetDimension.All"/> order.</summary>
    public IReadOnlyList<FacetResult> Results()
    {
        foreach (var dimension in FacetDimension.All.Where(_selection.IsSelected))
        {
            var collector = new FacetCountCollector(_ordinals, [dimension]);
            _searcher.Search(_queryWithout(dimension), collector);
            _sideways[dimension] = collector;
        }
        return FacetDimension.All.Select(Result).ToList();
    }

    private FacetResult Result(FacetDimension dimension)
    {
        var counts = _sideways.TryGetValue(dimension, out var sideways) ? sideways.CountsOf(dimension) : MainPass.CountsOf(dimension);
        var selected = _selection[dimension];
        var values = counts.Select(c => new FacetValue(c.Key, c.Value, selected.Contains(c.Key)))
            .Concat(selected.Where(s => !counts.ContainsKey(s)).Select(s => new FacetValue(s, 0, Selected: true)))
            .OrderByDescending(v => v.Count)
            .ThenBy(v => v.Value, StringComparer.Ordinal)
            .ToList();
        return new FacetResult(dimension.Name, values);
    }
}
