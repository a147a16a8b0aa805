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

/// <summary>What a policymaker asks first: what exists in this country, by kind of intervention.</summary>
[OutputCache(PolicyName = CachePolicies.IndexPage)]
public sealed class DetailModel(IndexHost host, IStringLocalizer<Ui> text) : PageModel
{
    /// <summary>A country profile lists its practices on one page; past this, the search page takes over.</summary>
    public const int MaxListed = 100;

    public Country Country { get; private set; } = null!;
    public SearchResults Practices { get; private set; } = null!;
    public TaxonomyLabels Labels { get; private set; } = null!;

    public IReadOnlyList<FacetValue> Values(string dimension) =>
        Practices.Facets.FirstOrDefault(f => f.Dimension == dimension)?.Values ?? [];

    public IActionResult OnGet(string code)
    {
        if (host.Current is not { } searcher) return StatusCode(StatusCodes.Status503ServiceUnavailable);
        if (!searcher.Taxonomy.Countries.TryGetValue(code.ToUpperInvariant(), out var country)) return NotFound();
        // One address per country, in lower case, so links and search engines agree.
        if (code != code.ToLowerInvariant()) return RedirectPermanent(Request.PathBase.Add("/countries/" + code.ToLowerInvariant()));

        var language = UiLanguages.Of(HttpContext);
        Country = country;
        Labels = new TaxonomyLabels(searcher.Taxonomy, language, text);
        Practices = searcher.Search(new SearchRequest
        {
            Filters = new Dictionary<string, IReadOnlyList<string>> { ["country"] = [country.Code] },
            Sort = SearchSort.Title,
            PageSize = MaxListed,
            DisplayLanguage = language,
        });
        Response.Headers["X-Index-Version"] = searcher.Version;
        return Page();
    }
}
