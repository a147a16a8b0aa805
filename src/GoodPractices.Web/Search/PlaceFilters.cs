using GoodPractices.Search.Contracts;

namespace GoodPractices.Web.Search;

/// <summary>The one-click filter a page offers for a place the query named ("Only Italy?").</summary>
public static class PlaceFilters
{
    /// <summary><paramref name="query"/> with the place's values selected in its dimension, from page 1.</summary>
    public static SearchQuery Only(SearchQuery query, PlaceFilter place)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>(query.Filters, StringComparer.Ordinal)
        {
            [place.Dimension] = [.. query.Selected(place.Dimension).Union(place.Values, StringComparer.Ordinal)],
        };
        return query with { Filters = filters, Page = 1 };
    }

    /// <summary>
    /// Whether any practice found is from the place, so that its filter leaves something: "drug courts Canada" finds
    /// drug courts elsewhere, and "Only Canada?" would lead to nothing.
    /// </summary>
    public static bool HasResults(SearchResults results, PlaceFilter place) =>
        results.FacetValues(place.Dimension).Any(v => v.Count > 0 && place.Values.Contains(v.Value));
}
