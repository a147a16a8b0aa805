using GoodPractices.Core.Rendering;
using GoodPractices.Core.Taxonomy;
using GoodPractices.Web.Hosting;
using GoodPractices.Web.Indexing;
using GoodPractices.Web.Localization;
using GoodPractices.Web.Pages.Countries;
using GoodPractices.Web.Taxonomy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace GoodPractices.Web.Pages.Compare;

/// <summary>
/// Countries side by side: intervention types down, chosen countries across, each cell the practices of that country
/// and type, with each country's national context above. Plain links and forms: it works without script and prints.
/// </summary>
[OutputCache(PolicyName = CachePolicies.IndexPage)]
public sealed class IndexModel(IndexHost host, MarkdownRenderer renderer, IStringLocalizer<Ui> text) : PageModel
{
    public const int MaxCountries = CompareSelection.Max;

    public CompareSelection Selection { get; private set; } = new([], 0, []);
    public TaxonomyLabels Labels { get; private set; } = null!;
    public CompareTable Table { get; private set; } = null!;
    public IReadOnlyList<CountryContextView?> Contexts { get; private set; } = [];

    /// <summary>Countries with practices that are not in the comparison yet, by name.</summary>
    public IReadOnlyList<string> Addable { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (host.Current is not { } searcher) return StatusCode(StatusCodes.Status503ServiceUnavailable);
        var language = UiLanguages.Of(HttpContext);
        Labels = new TaxonomyLabels(searcher.Taxonomy, language, text);
        Selection = CompareSelection.Read(Request.QueryString, searcher.Taxonomy);
        Table = CompareTable.Build(searcher, Selection.Countries, language);
        Contexts = Selection.Countries
            .Select(code => CountryContextView.For(searcher.CountryContexts, code, Labels.Country(code), language, renderer, headingLevel: 3))
            .ToList();
        var byName = StringComparer.Create(System.Globalization.CultureInfo.CurrentCulture, ignoreCase: true);
        Addable = CompareTable.CountriesWithPractices(searcher)
            .Where(code => !Selection.Countries.Contains(code))
            .OrderBy(Labels.Country, byName)
            .ToList();
        Response.Headers["X-Index-Version"] = searcher.Version;
        return Page();
    }
}
