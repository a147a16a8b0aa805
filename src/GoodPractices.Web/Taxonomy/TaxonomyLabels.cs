using GoodPractices.Core.Taxonomy;
using GoodPractices.Search.Contracts;
using GoodPractices.Web.Localization;
using Microsoft.Extensions.Localization;

namespace GoodPractices.Web.Taxonomy;

/// <summary>
/// Names for what the index stores as codes and slugs, in the reader's language: country names, region and
/// vocabulary labels from the taxonomy, and the interface's own words for dimensions that have no vocabulary.
/// An unknown value is shown as itself rather than hidden.
/// </summary>
public sealed class TaxonomyLabels(PracticeTaxonomy taxonomy, string language, IStringLocalizer<Ui> text)
{
    public PracticeTaxonomy Taxonomy => taxonomy;
    public string Language => language;

    public string Dimension(string dimension) => dimension switch
    {
        "country" => text["Country"],
        "region" => text["Region"],
        "language" => text["Language"],
        _ => FacetDimension.Find(dimension)?.Vocabulary is { } key && TryVocabulary(key) is { } vocabulary
            ? vocabulary.Label[language]
            : dimension,
    };

    public string Value(string dimension, string value) => dimension switch
    {
        "country" => Country(value),
        "region" => taxonomy.Regions.TryGetValue(value, out var region) ? region.Label[language] : value,
        "language" => LanguageName(value),
        _ => FacetDimension.Find(dimension)?.Vocabulary is { } key ? Term(key, value) : value,
    };

    /// <summary>
    /// The name of a place a query named: its countries or regions, as a list ending in "or" (a practice from any of
    /// them is from there); a place of more than <see cref="MostNamesListed"/> (the European Union's 27 countries, the
    /// Balkans' 11) by the name the reader gave it. A shorter list stays, since the name as typed may be inflected
    /// (Czech "v Evropě").
    /// </summary>
    public string Place(PlaceFilter place)
    {
        if (place.Values.Count > MostNamesListed && place.Name is { Length: > 0 } typed)
        {
            return char.ToUpper(typed[0], System.Globalization.CultureInfo.GetCultureInfo(language)) + typed[1..];
        }
        var names = place.Values.Select(v => Value(place.Dimension, v)).ToList();
        return names.Count < 2 ? string.Concat(names) : string.Format(text["{0} or {1}"].Value, string.Join(", ", names[..^1]), names[^1]);
    }

    /// <summary>How many countries or regions a place's name lists before it is named as the reader named it.</summary>
    public const int MostNamesListed = 5;

    public string Country(string code) => taxonomy.Countries.TryGetValue(code, out var country) ? country.Name[language] : code;

    /// <summary>A language named in itself (Português), as readers look for their own.</summary>
    public string LanguageName(string code) => taxonomy.Languages.TryGetValue(code, out var entry) ? entry.Name : code;

    public string Term(string vocabulary, string slug) => TryVocabulary(vocabulary)?.Find(slug)?.Label[language] ?? slug;

    /// <summary>Several terms of one vocabulary, their labels separated by commas, as cards and facts list them.</summary>
    public string Terms(string vocabulary, IEnumerable<string> slugs) => string.Join(", ", slugs.Select(slug => Term(vocabulary, slug)));

    public string? Description(string vocabulary, string slug) => TryVocabulary(vocabulary)?.Find(slug)?.Description[language] is { Length: > 0 } d ? d : null;

    public string VocabularyLabel(string vocabulary) => TryVocabulary(vocabulary)?.Label[language] ?? vocabulary;

    private Vocabulary? TryVocabulary(string key) => taxonomy.FindVocabulary(key);
}
