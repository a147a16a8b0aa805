using GoodPractices.Core.Taxonomy;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace GoodPractices.Web.Pages.Compare;

/// <summary>
/// The countries a comparison was asked for, read from <c>?countries=IT,PT</c> or from repeated <c>?countries=IT&amp;countries=PT</c>
/// (what a form of checkboxes sends): known codes in the order given, each once, at most <see cref="Max"/>.
/// </summary>
/// <param name="Asked">How many distinct known countries were asked for, before the limit.</param>
/// <param name="Unknown">What was typed that is not a country code, to tell the reader it was left out.</param>
public sealed record CompareSelection(IReadOnlyList<string> Countries, int Asked, IReadOnlyList<string> Unknown)
{
    /// <summary>More columns than this no longer fit a printed A4 page, nor a reader's eye.</summary>
    public const int Max = 6;

    public const string QueryKey = "countries";

    public bool TooMany => Asked > Max;

    /// <summary>
    /// Reads the selection from the request's own query string. <c>Request.Query</c> is not used: the output cache,
    /// building its key, sorts the values of a repeated parameter in place, and the order a reader chose would be lost.
    /// </summary>
    public static CompareSelection Read(QueryString query, PracticeTaxonomy taxonomy) =>
        Read(QueryHelpers.ParseQuery(query.Value).GetValueOrDefault(QueryKey), taxonomy);

    public static CompareSelection Read(StringValues values, PracticeTaxonomy taxonomy)
    {
        var known = new List<string>();
        var unknown = new List<string>();
        foreach (var part in values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            var code = part.ToUpperInvariant();
            if (taxonomy.Countries.ContainsKey(code))
            {
                if (!known.Contains(code)) known.Add(code);
            }
            else if (!unknown.Contains(part) && unknown.Count < Max)
            {
                // Only a few are echoed back: the rest of a long list of nonsense adds nothing.
                unknown.Add(part.Length > 20 ? part[..20] + "…" : part);
            }
        }
        return new CompareSelection(known.Take(Max).ToList(), known.Count, unknown);
    }

    /// <summary>The address of a comparison of <paramref name="countries"/>, e.g. <c>/compare?countries=IT,PT</c>.</summary>
    public static string Url(PathString pathBase, IEnumerable<string> countries, string path = "/compare") =>
        pathBase.Add(path) + "?" + QueryKey + "=" + string.Join(',', countries);
}
