using System.Globalization;
using System.Text;
using GoodPractices.Core.Taxonomy;

namespace GoodPractices.IndexBuild.Generation;

/// <summary>
/// Writes a deterministic synthetic corpus for benchmarks and load tests: the same seed and count always give
/// the same files. Field distributions lean the way the real corpus does (a few countries and intervention
/// types are common, most are rare), and bodies of 300 to 800 words are in one of seven languages.
/// </summary>
public sealed class SyntheticCorpus
{
    private static readonly string[] Languages = ["en", "en", "en", "fr", "it", "pt", "cs", "de", "es"];
    private static readonly string[] Sections = ["Context", "What it does", "Results", "Transferability", "Contact"];
    private readonly PracticeTaxonomy _taxonomy;
    private readonly string[] _countries;

    public SyntheticCorpus(PracticeTaxonomy taxonomy)
    {
        _taxonomy = taxonomy;
        // European countries first so that a skewed pick favours them, as the real corpus does.
        _countries = taxonomy.Countries.Values
            .OrderByDescending(c => c.Eu).ThenBy(c => c.Region.EndsWith("europe", StringComparison.Ordinal) ? 0 : 1).ThenBy(c => c.Code, StringComparer.Ordinal)
            .Select(c => c.Code).ToArray();
    }

    /// <summary>Writes <paramref name="count"/> practices under <paramref name="outDirectory"/>, one folder per country.</summary>
    public void Write(string outDirectory, int count, int seed, IProgress<int>? progress = null)
    {
        var random = new Random(seed);
        var today = new DateOnly(2026, 11, 1);
        for (var i = 0; i < count; i++)
        {
            var country = Skewed(random, _countries);
            var id = $"{country.ToLowerInvariant()}-synthetic-{i:D6}";
            var language = Languages[random.Next(Languages.Length)];
            var text = Practice(random, id, country, language, today);
            var folder = Path.Combine(outDirectory, country.ToLowerInvariant());
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, id + ".md"), text, new UTF8Encoding(false));
            if (random.NextDouble() < 0.1)
            {
                var other = Languages.Where(l => l != language).ElementAt(random.Next(Languages.Count(l => l != language)));
                File.WriteAllText(Path.Combine(folder, $"{id}.{other}.md"), Translation(random, id, other), new UTF8Encoding(false));
            }
            if ((i + 1) % 1000 == 0) progress?.Report(i + 1);
        }
    }

    private string Practice(Random random, string id, string country, string language, DateOnly today)
    {
        string Pick(string vocabulary) => Skewed(random, _taxonomy[vocabulary].Terms.Select(t => t.Slug).ToArray());
        string Several(string vocabulary, int max) =>
            string.Join(", ", Enumerable.Range(0, 1 + random.Next(max)).Select(_ => Pick(vocabulary)).Distinct());
        var start = 1975 + random.Next(51);
        var inv = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.AppendLine("---");
        b.AppendLine(inv, $"id: {id}");
        b.AppendLine(inv, $"title: {Title(random, language)}");
        b.AppendLine(inv, $"summary: {Sentence(random, language, 25)}");
        b.AppendLine(inv, $"language: {language}");
        b.AppendLine(inv, $"countries: [{country}]");
        b.AppendLine(inv, $"scope: {Pick(PracticeTaxonomy.Scopes)}");
        b.AppendLine("organisations:");
        b.AppendLine(inv, $"  - name: {Title(random, language)} Foundation");
        b.AppendLine(inv, $"    type: {Pick(PracticeTaxonomy.OrganisationTypes)}");
        b.AppendLine(inv, $"start_year: {start}");
        b.AppendLine(inv, $"status: {Pick(PracticeTaxonomy.Statuses)}");
        b.AppendLine(inv, $"intervention_types: [{Several(PracticeTaxonomy.InterventionTypes, 3)}]");
        b.AppendLine(inv, $"justice_stages: [{Several(PracticeTaxonomy.JusticeStages, 2)}]");
        b.AppendLine(inv, $"settings: [{Several(PracticeTaxonomy.Settings, 2)}]");
        b.AppendLine(inv, $"target_groups: [{Several(PracticeTaxonomy.TargetGroups, 3)}]");
        b.AppendLine("evidence:");
        var level = Pick(PracticeTaxonomy.EvidenceLevels);
        b.AppendLine(inv, $"  level: {level}");
        b.AppendLine("sources:");
        b.AppendLine(inv, $"  - title: {Title(random, language)} report");
        b.AppendLine(inv, $"    publisher: Synthetic publisher");
        b.AppendLine(inv, $"    year: {start + random.Next(2027 - start)}");
        // A level that claims an evaluation names its source, as the validator asks of every entry.
        if (GoodPractices.Core.Content.EvaluationSources.EvaluatedLevels.Contains(level)) b.AppendLine("    evaluation: true");
        b.AppendLine(inv, $"last_reviewed: {today.AddDays(-random.Next(1500)):yyyy-MM-dd}");
        b.AppendLine("---");
        b.Append(Body(random, language, 300 + random.Next(501)));
        return b.ToString();
    }

    private static string Translation(Random random, string id, string language) =>
        $"---\ntranslation_of: {id}\nlanguage: {language}\ntitle: {Title(random, language)}\nsummary: {Sentence(random, language, 25)}\n---\n" +
        Body(random, language, 300 + random.Next(301));

    private static string Body(Random random, string language, int words)
    {
        var b = new StringBuilder();
        var perSection = words / Sections.Length;
        foreach (var section in Sections)
        {
            b.Append("## ").AppendLine(section).AppendLine();
            for (var written = 0; written < perSection; written += 20)
            {
                b.AppendLine(Sentence(random, language, Math.Min(20, perSection - written)));
            }
            b.AppendLine();
        }
        return b.ToString();
    }

    private static string Title(Random random, string language)
    {
        var words = SyntheticWords.ByLanguage[language];
        var title = string.Join(' ', Enumerable.Range(0, 3 + random.Next(4)).Select(_ => Skewed(random, words)));
        return char.ToUpperInvariant(title[0]) + title[1..];
    }

    private static string Sentence(Random random, string language, int words)
    {
        var list = SyntheticWords.ByLanguage[language];
        var sentence = string.Join(' ', Enumerable.Range(0, Math.Max(1, words)).Select(_ => Skewed(random, list)));
        return char.ToUpperInvariant(sentence[0]) + sentence[1..] + ".";
    }

    // Squaring a uniform draw favours the start of the list, a cheap stand-in for Zipf's law.
    private static T Skewed<T>(Random random, IReadOnlyList<T> items)
    {
        var u = random.NextDouble();
        return items[(int)(u * u * items.Count)];
    }
}
