using GoodPractices.Core.Content;
using GoodPractices.Core.Rendering;
using GoodPractices.Core.Taxonomy;

namespace GoodPractices.Web.Api;

/// <summary>Turns a <see cref="Practice"/> into its open data shape.</summary>
public static class PracticeDocuments
{
    /// <param name="siteRoot">The site's absolute root, see <see cref="SiteLinks.Root"/>.</param>
    /// <param name="renderer">Renders the bodies to HTML as well; null leaves <c>bodyHtml</c> out (exports).</param>
    public static PracticeDocument From(Practice practice, PracticeTaxonomy taxonomy, string siteRoot, MarkdownRenderer? renderer)
    {
        var url = siteRoot + "/practices/" + practice.Id;
        return new PracticeDocument(
            practice.Id,
            url,
            practice.Title,
            practice.TitleOriginal,
            practice.Summary,
            practice.Language,
            practice.Countries,
            RegionsOf(practice, taxonomy),
            practice.Countries.Any(code => taxonomy.Countries.TryGetValue(code, out var country) && country.Eu),
            practice.Scope,
            practice.Organisations.Select(o => new OrganisationDocument(o.Name, o.Type, o.Url)).ToList(),
            practice.StartYear,
            practice.EndYear,
            practice.Status,
            practice.InterventionTypes,
            practice.JusticeStages,
            practice.Settings,
            practice.TargetGroups,
            new EvidenceDocument(practice.Evidence.Level, practice.Evidence.Outcomes,
                practice.Evidence.Ratings.Select(r => new RatingDocument(r.Source, r.Rating, r.Url)).ToList()),
            practice.UnStandards,
            practice.Sources.Select(s => new SourceDocument(s.Title, s.Publisher, s.Year, s.Url, s.Evaluation)).ToList(),
            practice.Related,
            practice.LastReviewed,
            practice.AvailableLanguages.ToList(),
            practice.SourcePath,
            practice.Body,
            renderer?.ToHtml(practice.Body),
            practice.Translations.Select(t => new TranslationDocument(
                t.Language, url + "?lang=" + t.Language, t.Title, t.TitleOriginal, t.Summary, t.LastReviewed, t.SourcePath, t.Body,
                renderer?.ToHtml(t.Body))).ToList());
    }

    /// <summary>
    /// The UN sub-regions of the practice's countries, each once, in the order of the countries; then
    /// <c>international</c> for an entry whose scope is the world or a continent, as the region facet finds it.
    /// </summary>
    public static IReadOnlyList<string> RegionsOf(Practice practice, PracticeTaxonomy taxonomy) =>
        practice.Countries.Select(code => taxonomy.RegionOf(code)?.Slug).OfType<string>()
            .Concat(InternationalScope.Applies(practice) ? [InternationalScope.Slug] : [])
            .Distinct(StringComparer.Ordinal).ToList();
}
