using GoodPractices.Core.Taxonomy;
using GoodPractices.Search.Contracts;

namespace GoodPractices.Web.Pages.Countries;

/// <summary>What a country profile and a comparison show of one country: its practices, each once, under its main type.</summary>
public sealed record CountryPractices(string Country, SearchResults Results)
{
    /// <summary>A profile or a comparison lists a country's practices on one page; past this, the search page takes over.</summary>
    public const int MaxListed = SearchRequest.MaxPageSize;

    public static CountryPractices Of(IPracticeSearcher searcher, string country, string language) =>
        new(country, searcher.Search(new SearchRequest
        {
            Filters = new Dictionary<string, IReadOnlyList<string>> { ["country"] = [country] },
            Sort = SearchSort.Title,
            PageSize = MaxListed,
            Snippets = false,
            DisplayLanguage = language,
        }));

    public int Total => Results.TotalHits;

    /// <summary>
    /// The practices grouped by intervention type, each practice once, under the first type its entry lists (the one
    /// its authors put first); groups in the vocabulary's order.
    /// </summary>
    public IReadOnlyList<(string Type, IReadOnlyList<SearchHit> Hits)> ByMainType(PracticeTaxonomy taxonomy)
    {
        var order = taxonomy[PracticeTaxonomy.InterventionTypes].Terms.Select((term, i) => (term.Slug, i))
            .ToDictionary(pair => pair.Slug, pair => pair.i, StringComparer.Ordinal);
        return Results.Hits
            .GroupBy(hit => hit.InterventionTypes.FirstOrDefault() ?? "")
            .OrderBy(group => order.GetValueOrDefault(group.Key, int.MaxValue))
            .Select(group => (group.Key, (IReadOnlyList<SearchHit>)group.ToList()))
            .ToList();
    }

    /// <summary>The practices of one intervention type, whether it is their main type or not, as a comparison lists them.</summary>
    public IReadOnlyList<SearchHit> OfType(string type) => Results.Hits.Where(hit => hit.InterventionTypes.Contains(type)).ToList();

    /// <summary>How many practices have each intervention type (a practice counts under each of its types), most first.</summary>
    public IReadOnlyList<FacetValue> TypeCounts =>
        Results.FacetValues("intervention").Where(v => v.Count > 0).ToList();
}
