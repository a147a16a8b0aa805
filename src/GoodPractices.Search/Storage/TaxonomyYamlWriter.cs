using GoodPractices.Core.Taxonomy;
using YamlDotNet.Serialization;

namespace GoodPractices.Search.Storage;

/// <summary>
/// Writes a <see cref="PracticeTaxonomy"/> back in the shape <see cref="TaxonomyLoader"/> reads, so an index
/// version built from a taxonomy held only in memory still carries the taxonomy it was built with.
/// </summary>
internal static class TaxonomyYamlWriter
{
    public static void Write(PracticeTaxonomy taxonomy, TextWriter writer)
    {
        var document = new Dictionary<string, object>
        {
            ["interface_languages"] = taxonomy.InterfaceLanguages,
            ["languages"] = taxonomy.Languages.Values.Select(l => new Dictionary<string, object> { ["code"] = l.Code, ["name"] = l.Name }).ToList(),
            ["vocabularies"] = taxonomy.Vocabularies.ToDictionary(v => v.Key, v => (object)new Dictionary<string, object>
            {
                ["label"] = v.Label.All,
                ["terms"] = v.Terms.Select(t => new Dictionary<string, object>
                {
                    ["slug"] = t.Slug,
                    ["label"] = t.Label.All,
                    ["description"] = t.Description.All,
                }).ToList(),
            }),
            ["regions"] = taxonomy.Regions.Values.Select(r => new Dictionary<string, object>
            {
                ["slug"] = r.Slug,
                ["m49"] = r.M49,
                ["label"] = r.Label.All,
            }).ToList(),
            ["countries"] = taxonomy.Countries.Values.Select(c => new Dictionary<string, object>
            {
                ["code"] = c.Code,
                ["name"] = c.Name.All,
                ["region"] = c.Region,
                ["eu"] = c.Eu,
            }).ToList(),
        };
        // Codes such as "no" (Norwegian) or "015" (an M49 code) must stay strings when read back.
        new SerializerBuilder().WithQuotingNecessaryStrings().Build().Serialize(writer, document);
    }
}
