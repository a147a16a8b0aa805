using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace GoodPractices.Core.Taxonomy;

/// <summary>Reads <c>taxonomy.yml</c>. A broken taxonomy is a broken repository, not a contributor's mistake, so it throws.</summary>
public static class TaxonomyLoader
{
    public const string FileName = "taxonomy.yml";

    public static PracticeTaxonomy LoadFromCorpus(string corpusDirectory) =>
        Load(Path.Combine(corpusDirectory, FileName));

    public static PracticeTaxonomy Load(string path)
    {
        using var reader = new StreamReader(path);
        return Parse(reader, path);
    }

    public static PracticeTaxonomy Parse(TextReader reader, string displayPath)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .Build();
        TaxonomyFile file;
        try
        {
            file = deserializer.Deserialize<TaxonomyFile>(reader) ?? throw new InvalidDataException($"{displayPath} is empty.");
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new InvalidDataException($"{displayPath}:{e.Start.Line}:{e.Start.Column}: {e.Message}", e);
        }

        foreach (var required in PracticeTaxonomy.RequiredVocabularies)
        {
            if (!file.Vocabularies.ContainsKey(required))
            {
                throw new InvalidDataException($"{displayPath} has no vocabulary '{required}'.");
            }
        }

        var vocabularies = file.Vocabularies.ToDictionary(
            v => v.Key,
            v => new Vocabulary(v.Key, Text(v.Value.Label), v.Value.Terms
                .Select(t => new Term(t.Slug, Text(t.Label), Text(t.Description)))
                .ToList()),
            StringComparer.Ordinal);

        var regions = file.Regions.Select(r => new Region(r.Slug, r.M49, Text(r.Label))).ToList();
        var regionSlugs = regions.Select(r => r.Slug).ToHashSet(StringComparer.Ordinal);
        var countries = file.Countries.Select(c => new Country(c.Code, Text(c.Name), c.Region, c.Eu)).ToList();
        var unknownRegion = countries.FirstOrDefault(c => !regionSlugs.Contains(c.Region));
        if (unknownRegion is not null)
        {
            throw new InvalidDataException($"{displayPath}: country {unknownRegion.Code} names unknown region '{unknownRegion.Region}'.");
        }

        return new PracticeTaxonomy(
            file.InterfaceLanguages,
            file.Languages.Select(l => new EntryLanguage(l.Code, l.Name)).ToList(),
            vocabularies,
            regions,
            countries);
    }

    private static LocalizedText Text(Dictionary<string, string>? byLanguage) =>
        new(byLanguage ?? new Dictionary<string, string>());

    // The shapes of taxonomy.yml, bound by YamlDotNet.
    private sealed class TaxonomyFile
    {
        public List<string> InterfaceLanguages { get; set; } = [];
        public List<LanguageEntry> Languages { get; set; } = [];
        public Dictionary<string, VocabularyEntry> Vocabularies { get; set; } = [];
        public List<RegionEntry> Regions { get; set; } = [];
        public List<CountryEntry> Countries { get; set; } = [];
    }

    private sealed class LanguageEntry
    {
        public string Code { get; set; } = "";
        public string Name { get; set; } = "";
    }

    private sealed class VocabularyEntry
    {
        public Dictionary<string, string>? Label { get; set; }
        public List<TermEntry> Terms { get; set; } = [];
    }

    private sealed class TermEntry
    {
        public string Slug { get; set; } = "";
        public Dictionary<string, string>? Label { get; set; }
        public Dictionary<string, string>? Description { get; set; }
    }

    private sealed class RegionEntry
    {
        public string Slug { get; set; } = "";
        [YamlMember(Alias = "m49")]
        public string M49 { get; set; } = "";
        public Dictionary<string, string>? Label { get; set; }
    }

    private sealed class CountryEntry
    {
        public string Code { get; set; } = "";
        public Dictionary<string, string>? Name { get; set; }
        public string Region { get; set; } = "";
        public bool Eu { get; set; }
    }
}
