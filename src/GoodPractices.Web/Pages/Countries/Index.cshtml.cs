using GoodPractices.Core.Content;
using GoodPractices.Core.Taxonomy;
using GoodPractices.Search.Contracts;
using GoodPractices.Web.Hosting;
using GoodPractices.Web.Indexing;
using GoodPractices.Web.Localization;
using GoodPractices.Web.Taxonomy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace GoodPractices.Web.Pages.Countries;

/// <summary>
/// Every country with practices and its count, every EU member state still without one (with a way to propose one),
/// the entries that belong to no single country, and a form to compare countries side by side.
/// </summary>
[OutputCache(PolicyName = CachePolicies.IndexPage)]
public sealed class IndexModel(IndexHost host, IStringLocalizer<Ui> text) : PageModel
{
    public TaxonomyLabels Labels { get; private set; } = null!;

    /// <summary>Countries with at least one practice, by name in the reader's language, with their counts.</summary>
    public IReadOnlyList<(Country Country, int Count)> WithPractices { get; private set; } = [];

    /// <summary>EU member states with no practice yet, by name.</summary>
    public IReadOnlyList<Country> EuWithout { get; private set; } = [];

    /// <summary>How many entries span the world or a continent.</summary>
    public int International { get; private set; }

    public IActionResult OnGet()
    {
        if (host.Current is not { } searcher) return StatusCode(StatusCodes.Status503ServiceUnavailable);
        var language = UiLanguages.Of(HttpContext);
        var taxonomy = searcher.Taxonomy;
        Labels = new TaxonomyLabels(taxonomy, language, text);
        var all = searcher.Search(new SearchRequest { PageSize = 1, Snippets = false, DisplayLanguage = language });
        var counts = Counts(all, "country");
        var byName = StringComparer.Create(System.Globalization.CultureInfo.CurrentCulture, ignoreCase: true);
        WithPractices = counts.Where(pair => pair.Value > 0 && taxonomy.Countries.ContainsKey(pair.Key))
            .Select(pair => (taxonomy.Countries[pair.Key], pair.Value))
            .OrderBy(pair => Labels.Country(pair.Item1.Code), byName)
            .ToList();
        EuWithout = taxonomy.Countries.Values.Where(c => c.Eu && counts.GetValueOrDefault(c.Code) == 0)
            .OrderBy(c => Labels.Country(c.Code), byName)
            .ToList();
        International = Counts(all, "region").GetValueOrDefault(InternationalScope.Slug);
        Response.Headers["X-Index-Version"] = searcher.Version;
        return Page();
    }

    private static Dictionary<string, int> Counts(SearchResults results, string dimension) =>
        results.FacetValues(dimension).ToDictionary(v => v.Value, v => v.Count, StringComparer.Ordinal);
}
