using GoodPractices.Core.Taxonomy;
using GoodPractices.Search.Contracts;

namespace GoodPractices.Web.Api;

/// <summary>Every vocabulary, language and region, labelled and described in every interface language.</summary>
/// <param name="Dimensions">The search parameters that filter, and the vocabulary each takes its values from.</param>
public sealed record TaxonomyResponse(
    IReadOnlyList<string> InterfaceLanguages,
    IReadOnlyList<LanguageResponse> Languages,
    IReadOnlyList<DimensionResponse> Dimensions,
    IReadOnlyList<VocabularyResponse> Vocabularies,
    IReadOnlyList<RegionResponse> Regions,
    string IndexVersion)
{
    public static TaxonomyResponse From(PracticeTaxonomy taxonomy, string indexVersion)
    {
        IReadOnlyDictionary<string, string> All(LocalizedText text) =>
            taxonomy.InterfaceLanguages.ToDictionary(language => language, language => text[language], StringComparer.Ordinal);

        return new TaxonomyResponse(
            taxonomy.InterfaceLanguages,
            taxonomy.Languages.Values.Select(l => new LanguageResponse(l.Code, l.Name)).ToList(),
            FacetDimension.All.Select(d => new DimensionResponse(d.Name, d.Vocabulary)).ToList(),
            taxonomy.Vocabularies.Select(v => new VocabularyResponse(v.Key, All(v.Label),
                v.Terms.Select(t => new TermResponse(t.Slug, All(t.Label), All(t.Description))).ToList())).ToList(),
            taxonomy.Regions.Values.Select(r => new RegionResponse(r.Slug, r.M49, All(r.Label))).ToList(),
            indexVersion);
    }
}

/// <summary>A language entries may be written in, named in itself.</summary>
public sealed record LanguageResponse(string Code, string Name);

/// <param name="Name">The search parameter, e.g. <c>intervention</c>.</param>
public sealed record DimensionResponse(string Name, string? Vocabulary);

/// <param name="Key">The front matter field, e.g. <c>intervention_types</c>.</param>
public sealed record VocabularyResponse(string Key, IReadOnlyDictionary<string, string> Label, IReadOnlyList<TermResponse> Terms);

public sealed record TermResponse(string Slug, IReadOnlyDictionary<string, string> Label, IReadOnlyDictionary<string, string> Description);

/// <summary>A UN M49 sub-region.</summary>
public sealed record RegionResponse(string Slug, string M49, IReadOnlyDictionary<string, string> Label);
