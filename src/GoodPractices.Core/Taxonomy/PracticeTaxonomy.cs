using GoodPractices.Core.Text;

namespace GoodPractices.Core.Taxonomy;

/// <summary>Everything <c>practices/taxonomy.yml</c> defines: vocabularies, languages, regions and countries.</summary>
public sealed class PracticeTaxonomy
{
    public const string InterventionTypes = "intervention_types";
    public const string JusticeStages = "justice_stages";
    public const string Settings = "settings";
    public const string TargetGroups = "target_groups";
    public const string EvidenceLevels = "evidence_levels";
    public const string Outcomes = "outcomes";
    public const string Statuses = "statuses";
    public const string Scopes = "scopes";
    public const string OrganisationTypes = "organisation_types";
    public const string UnStandards = "un_standards";

    /// <summary>Vocabularies every taxonomy must define.</summary>
    public static readonly IReadOnlyList<string> RequiredVocabularies =
    [
        InterventionTypes, JusticeStages, Settings, TargetGroups, EvidenceLevels, Outcomes, Statuses, Scopes,
        OrganisationTypes, UnStandards,
    ];

    private readonly IReadOnlyDictionary<string, Vocabulary> _vocabularies;

    public PracticeTaxonomy(
        IReadOnlyList<string> interfaceLanguages,
        IReadOnlyList<EntryLanguage> languages,
        IReadOnlyDictionary<string, Vocabulary> vocabularies,
        IReadOnlyList<Region> regions,
        IReadOnlyList<Country> countries)
    {
        InterfaceLanguages = interfaceLanguages;
        Languages = languages.ToDictionary(l => l.Code, StringComparer.Ordinal);
        _vocabularies = vocabularies;
        Regions = regions.ToDictionary(r => r.Slug, StringComparer.Ordinal);
        Countries = countries.ToDictionary(c => c.Code, StringComparer.Ordinal);
    }

    public IReadOnlyList<string> InterfaceLanguages { get; }
    public IReadOnlyDictionary<string, EntryLanguage> Languages { get; }
    public IReadOnlyDictionary<string, Region> Regions { get; }
    public IReadOnlyDictionary<string, Country> Countries { get; }
    public IEnumerable<Vocabulary> Vocabularies => _vocabularies.Values;

    public Vocabulary this[string key] => _vocabularies[key];

    /// <summary>The vocabulary <paramref name="key"/>, or null when the taxonomy has none of that name.</summary>
    public Vocabulary? FindVocabulary(string key) => _vocabularies.GetValueOrDefault(key);

    public Region? RegionOf(string countryCode) =>
        Countries.TryGetValue(countryCode, out var country) ? Regions.GetValueOrDefault(country.Region) : null;

    public IReadOnlyList<string> ClosestCountries(string code) => Closest.To(code, Countries.Keys);

    public IReadOnlyList<string> ClosestLanguages(string code) => Closest.To(code, Languages.Keys);
}
