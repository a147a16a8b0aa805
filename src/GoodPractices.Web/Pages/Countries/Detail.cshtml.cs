using GoodPractices.Core.Rendering;
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
/// What a policymaker asks first: how the country treats people who use drugs (its national context), then what
/// exists there, each practice once, by kind of intervention.
/// </summary>
[OutputCache(PolicyName = CachePolicies.IndexPage)]
public sealed class DetailModel(IndexHost host, MarkdownRenderer renderer, IStringLocalizer<Ui> text) : PageModel
{
    public Country Country { get; private set; } = null!;
    public CountryPractices Practices { get; private set; } = null!;
    public CountryContextView? Context { get; private set; }
    public TaxonomyLabels Labels { get; private set; } = null!;

    /// <summary>Other countries with practices, by name, to compare this one with.</summary>
    public IReadOnlyList<string> OtherCountries { get; private set; } = [];

    public IReadOnlyList<FacetValue> Values(string dimension) =>
        Practices.Results.FacetValues(dimension).Where(v => v.Count > 0).ToList();

    public BarChart TypeChart => new("types-chart",
        string.Format(System.Globalization.CultureInfo.CurrentCulture, text["Practices in {0} by intervention type"].Value, Labels.Country(Country.Code)),
        Practices.TypeCounts.Select(v => new BarChart.Bar(Labels.Value("intervention", v.Value), v.Count, null)).ToList());

    public IActionResult OnGet(string code)
    {
        if (host.Current is not { } searcher) return StatusCode(StatusCodes.Status503ServiceUnavailable);
        if (!searcher.Taxonomy.Countries.TryGetValue(code.ToUpperInvariant(), out var country)) return NotFound();
        // One address per country, in lower case, so links and search engines agree.
        if (code != code.ToLowerInvariant()) return RedirectPermanent(Request.PathBase.Add("/countries/" + code.ToLowerInvariant()));

        var language = UiLanguages.Of(HttpContext);
        Country = country;
        Labels = new TaxonomyLabels(searcher.Taxonomy, language, text);
        Practices = CountryPractices.Of(searcher, country.Code, language);
        Context = CountryContextView.For(searcher.CountryContexts, country.Code, Labels.Country(country.Code), language, renderer);
        var byName = StringComparer.Create(System.Globalization.CultureInfo.CurrentCulture, ignoreCase: true);
        OtherCountries = Compare.CompareTable.CountriesWithPractices(searcher)
            .Where(code => code != country.Code)
            .OrderBy(Labels.Country, byName)
            .ToList();
        Response.Headers["X-Index-Version"] = searcher.Version;
        return Page();
    }
}
