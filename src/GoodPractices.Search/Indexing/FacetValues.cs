using GoodPractices.Core.Content;
using GoodPractices.Core.Taxonomy;
using GoodPractices.Search.Contracts;

namespace GoodPractices.Search.Indexing;

/// <summary>The values a practice has in each facet dimension, derived values (region, languages) included.</summary>
internal static class FacetValues
{
    public static IReadOnlyList<string> Of(Practice practice, FacetDimension dimension, PracticeTaxonomy taxonomy)
    {
        IEnumerable<string> values = dimension.Name switch
        {
            "country" => practice.Countries,
            // An entry for the world or a continent is found under the region "international", besides the regions
            // of any countries it names.
            "region" => practice.Countries.Select(c => taxonomy.RegionOf(c)?.Slug).OfType<string>()
                .Concat(InternationalScope.Applies(practice) ? [InternationalScope.Slug] : []),
            "intervention" => practice.InterventionTypes,
            "stage" => practice.JusticeStages,
            "setting" => practice.Settings,
            "group" => practice.TargetGroups,
            "evidence" => [practice.Evidence.Level],
            "status" => [practice.Status],
            "language" => practice.AvailableLanguages,
            _ => [],
        };
        return values.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The canonical spelling of a value typed in a URL or a query: country codes upper case, slugs lower case.</summary>
    public static string Normalize(FacetDimension dimension, string value)
    {
        var trimmed = value.Trim();
        return dimension == FacetDimension.Country ? trimmed.ToUpperInvariant() : trimmed.ToLowerInvariant();
    }

    /// <summary>Whether the taxonomy knows <paramref name="value"/> in <paramref name="dimension"/>.</summary>
    public static bool IsKnown(FacetDimension dimension, string value, PracticeTaxonomy taxonomy)
    {
        if (dimension == FacetDimension.Country) return taxonomy.Countries.ContainsKey(value);
        if (dimension == FacetDimension.Region) return taxonomy.Regions.ContainsKey(value);
        if (dimension == FacetDimension.Language) return taxonomy.Languages.ContainsKey(value);
        return dimension.Vocabulary is { } key && taxonomy.FindVocabulary(key) is { } vocabulary && vocabulary.Contains(value);
    }
}
