using GoodPractices.Core.Content;

namespace GoodPractices.Web.Practices;

/// <summary>
/// The language of a practice's <c>title_original</c>, "the name in its own language": that of the country it
/// runs in, where the country has one main language. Where it has several (Belgium, Switzerland, Canada...) or
/// the practice spans countries, the language is unknown and said to be so (<c>lang=""</c>), never guessed.
/// </summary>
public static class OriginalTitleLanguage
{
    private static readonly IReadOnlyDictionary<string, string> CountryLanguage = new Dictionary<string, string>
    {
        ["AR"] = "es", ["AT"] = "de", ["AU"] = "en", ["BG"] = "bg", ["BR"] = "pt", ["CL"] = "es", ["CO"] = "es",
        ["CY"] = "el", ["CZ"] = "cs", ["DE"] = "de", ["DK"] = "da", ["EE"] = "et", ["ES"] = "es", ["FI"] = "fi",
        ["FR"] = "fr", ["GB"] = "en", ["GR"] = "el", ["HR"] = "hr", ["HU"] = "hu", ["IS"] = "is", ["IT"] = "it",
        ["LT"] = "lt", ["LV"] = "lv", ["MX"] = "es", ["NL"] = "nl", ["NO"] = "no", ["NZ"] = "en", ["PE"] = "es",
        ["PL"] = "pl", ["PT"] = "pt", ["RO"] = "ro", ["SE"] = "sv", ["SI"] = "sl", ["SK"] = "sk", ["US"] = "en",
        ["UY"] = "es", ["MD"] = "ro",
    };

    /// <summary>A BCP 47 language code, or an empty string when it cannot be known.</summary>
    public static string Of(Practice practice) =>
        practice.Countries.Select(c => CountryLanguage.GetValueOrDefault(c)).Distinct().ToList() is [{ } only] ? only : "";
}
