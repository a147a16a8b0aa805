using GoodPractices.Search.Contracts;
using GoodPractices.Web.Hosting;
using GoodPractices.Web.Indexing;
using GoodPractices.Web.Localization;
using GoodPractices.Web.Taxonomy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace GoodPractices.Web.Pages.Browse;

/// <summary>
/// Every value of one dimension with what it means and how many practices it has: the way in for a researcher
/// who starts from "what kinds of intervention are there" rather than from words.
/// </summary>
[OutputCache(PolicyName = CachePolicies.IndexPage)]
public sealed class IndexModel(IndexHost host, IStringLocalizer<Ui> text) : PageModel
{
    public FacetDimension? Dimension { get; private set; }
    public TaxonomyLabels Labels { get; private set; } = null!;
    public IReadOnlyDictionary<string, int> Counts { get; private set; } = new Dictionary<string, int>();

    public int CountOf(string value) => Counts.GetValueOrDefault(value);

    public IActionResult OnGet(string? dimension)
    {
        if (host.Current is not { } searcher) return StatusCode(StatusCodes.Status503ServiceUnavailable);
        if (dimension is not null)
        {
            Dimension = FacetDimension.Find(dimension);
            if (Dimension is null) return NotFound();
        }
        var language = UiLanguages.Of(HttpContext);
        Labels = new TaxonomyLabels(searcher.Taxonomy, language, text);
        if (Dimension is not null)
        {
            var results = searcher.Search(new SearchRequest { PageSize = 1, DisplayLanguage = language });
            Counts = results.Facets.FirstOrDefault(f => f.Dimension == Dimension.Name)?.Values
                .ToDictionary(v => v.Value, v => v.Count, StringComparer.Ordinal) ?? [];
        }
        Response.Headers["X-Index-Version"] = searcher.Version;
        return Page();
    }
}
