using GoodPractices.Core.Content;
using GoodPractices.Web.Taxonomy;

namespace GoodPractices.Web.Practices;

/// <summary>
/// What a reader weighs a practice by before opening it: how well it is evidenced, whether it still runs, and
/// where. Shown as labelled badges (Pages/Shared/_PracticeBadges) on result cards and related practices.
/// </summary>
/// <param name="Countries">The country names to show beside the badges; empty where the card names them already.</param>
/// <param name="IdPrefix">Makes the explanations' ids unique on a page that lists the same practice twice.</param>
public sealed record PracticeBadges(
    string Id, IReadOnlyList<string> Countries, string EvidenceLevel, string Status, TaxonomyLabels Labels, string IdPrefix = "badge")
{
    public static PracticeBadges Of(Practice practice, TaxonomyLabels labels, string idPrefix = "badge", bool withCountries = true) =>
        new(practice.Id, withCountries ? practice.Countries : [], practice.Evidence.Level, practice.Status, labels, idPrefix);

    /// <summary>
    /// The badges of a hit, from what the hit carries; null when its index version does not carry them, and the whole
    /// practice must be read instead (which costs a page more than the rest of a result card).
    /// </summary>
    public static PracticeBadges? Of(GoodPractices.Search.Contracts.SearchHit hit, TaxonomyLabels labels, string idPrefix = "badge", bool withCountries = true) =>
        hit is { EvidenceLevel: { } evidence, Status: { } status }
            ? new(hit.Id, withCountries ? hit.Countries : [], evidence, status, labels, idPrefix)
            : null;
}
