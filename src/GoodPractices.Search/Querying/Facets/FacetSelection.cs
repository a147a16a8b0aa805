using GoodPractices.Core.Taxonomy;
using GoodPractices.Search.Contracts;
using GoodPractices.Search.Indexing;

namespace GoodPractices.Search.Querying.Facets;

/// <summary>
/// The facet values a search is narrowed to, from the request and from <c>country:IT</c> in the query text,
/// in canonical spelling. Values of one dimension are OR-ed, dimensions AND-ed.
/// </summary>
internal sealed class FacetSelection
{
    private readonly Dictionary<FacetDimension, List<string>> _selected = [];

    public IReadOnlyCollection<FacetDimension> Dimensions => _selected.Keys;

    public IReadOnlyList<string> this[FacetDimension dimension] =>
        _selected.TryGetValue(dimension, out var values) ? values : [];

    public bool IsSelected(FacetDimension dimension) => _selected.ContainsKey(dimension);

    /// <summary>Merges the request's and the query's filters, telling the reader about names and values the taxonomy does not know.</summary>
    public static FacetSelection Resolve(
        IReadOnlyDictionary<string, IReadOnlyList<string>>? requested,
        IReadOnlyDictionary<FacetDimension, IReadOnlyList<string>> typed,
        PracticeTaxonomy taxonomy,
        List<SearchNotice> notices)
    {
        var selection = new FacetSelection();
        foreach (var (name, values) in requested ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            if (FacetDimension.Find(name ?? "") is not { } dimension)
            {
                notices.Add(new SearchNotice(SearchNoticeKind.UnknownDimension, $"There is no filter called '{name}'; it was ignored.", name));
                continue;
            }
            selection.Add(dimension, values ?? [], taxonomy, notices);
        }
        foreach (var (dimension, values) in typed) selection.Add(dimension, values, taxonomy, notices);
        return selection;
    }

    private void Add(FacetDimension dimension, IEnumerable<string?> values, PracticeTaxonomy taxonomy, List<SearchNotice> notices)
    {
        foreach (var raw in values)
        {
            if (string.IsNullOrWhiteSpace(raw)) continue;
            var value = FacetValues.Normalize(dimension, raw);
            if (!_selected.TryGetValue(dimension, out var list)) _selected[dimension] = list = [];
            if (list.Contains(value)) continue;
            list.Add(value);
            if (!FacetValues.IsKnown(dimension, value, taxonomy))
            {
                notices.Add(new SearchNotice(SearchNoticeKind.UnknownFacetValue,
                    $"'{raw}' is not a known {dimension.Name}, so no practice has it.", $"{dimension.Name}:{raw}"));
            }
        }
    }
}
