using GoodPractices.Core.Taxonomy;
using GoodPractices.Search.Contracts;
using GoodPractices.Web.Pages.Countries;

namespace GoodPractices.Web.Pages.Compare;

/// <summary>
/// The comparison itself, shared by the page and its CSV: one column a country, one row an intervention type that
/// at least one of them has, in the vocabulary's order; and the types none of them has yet.
/// </summary>
public sealed record CompareTable(IReadOnlyList<CountryPractices> Columns, IReadOnlyList<string> Rows, IReadOnlyList<string> NoneHas)
{
    public static CompareTable Build(IPracticeSearcher searcher, IReadOnlyList<string> countries, string language)
    {
        var columns = countries.Select(code => CountryPractices.Of(searcher, code, language)).ToList();
        var types = searcher.Taxonomy[PracticeTaxonomy.InterventionTypes].Terms.Select(t => t.Slug).ToList();
        var present = types.Where(type => columns.Any(column => column.OfType(type).Count > 0)).ToList();
        return new CompareTable(columns, present, columns.Count == 0 ? [] : types.Except(present).ToList());
    }

    /// <summary>The codes of the countries that have at least one practice.</summary>
    public static IReadOnlyList<string> CountriesWithPractices(IPracticeSearcher searcher) =>
        searcher.Search(new SearchRequest { PageSize = 1, Snippets = false }).FacetValues("country")
            .Where(v => v.Count > 0 && searcher.Taxonomy.Countries.ContainsKey(v.Value))
            .Select(v => v.Value)
            .ToList();
}
