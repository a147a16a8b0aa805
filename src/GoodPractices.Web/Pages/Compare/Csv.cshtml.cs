using System.Text;
using GoodPractices.Core.Taxonomy;
using GoodPractices.Web.Exports;
using GoodPractices.Web.Hosting;
using GoodPractices.Web.Indexing;
using GoodPractices.Web.Localization;
using GoodPractices.Web.Taxonomy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace GoodPractices.Web.Pages.Compare;

/// <summary>
/// The comparison as a spreadsheet, in the shape the page shows: one row an intervention type, one column a country,
/// each cell the titles of that country's practices of that type.
/// </summary>
[OutputCache(PolicyName = CachePolicies.IndexPage)]
public sealed class CsvModel(IndexHost host, IStringLocalizer<Ui> text) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        if (host.Current is not { } searcher) return StatusCode(StatusCodes.Status503ServiceUnavailable);
        var language = UiLanguages.Of(HttpContext);
        var labels = new TaxonomyLabels(searcher.Taxonomy, language, text);
        var selection = CompareSelection.Read(Request.QueryString, searcher.Taxonomy);
        if (selection.Countries.Count == 0)
        {
            return BadInput(text["Choose at least one country to compare, for example ?countries=IT,PT."]);
        }
        if (selection.TooMany)
        {
            return BadInput(string.Format(System.Globalization.CultureInfo.CurrentCulture,
                text["You chose {0} countries; a comparison shows at most {1}."].Value, selection.Asked, CompareSelection.Max));
        }
        var table = CompareTable.Build(searcher, selection.Countries, language);
        var siteRoot = $"{Request.Scheme}://{Request.Host}{Request.PathBase}";

        await using var buffer = new MemoryStream();
        await using (var writer = new StreamWriter(buffer, PracticeCsv.Encoding, leaveOpen: true))
        {
            var rows = new CsvRowWriter(writer);
            await rows.WriteRowAsync(["intervention_type", labels.VocabularyLabel(PracticeTaxonomy.InterventionTypes),
                .. selection.Countries.Select(code => $"{labels.Country(code)} ({code})")]);
            foreach (var type in table.Rows)
            {
                await rows.WriteRowAsync([type, labels.Value("intervention", type),
                    .. table.Columns.Select(column => column.OfType(type) is { Count: > 0 } hits
                        ? CsvRowWriter.Defuse(string.Join(PracticeCsv.Separator, hits.Select(h => $"{h.Title.Replace(";", ",", StringComparison.Ordinal)} <{siteRoot}/practices/{h.Id}>")))
                        : text["none yet"].Value)]);
            }
        }
        var name = "compare-" + string.Join('-', selection.Countries).ToLowerInvariant() + ".csv";
        return File(buffer.ToArray(), "text/csv; charset=utf-8", name);
    }

    // A request that cannot be answered says why, as problem details like the site's other downloads.
    private static ObjectResult BadInput(string detail) =>
        new(new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = "The comparison cannot be made", Detail = detail })
        {
            StatusCode = StatusCodes.Status400BadRequest,
            ContentTypes = { "application/problem+json" },
        };
}
