using GoodPractices.Core.Content;
using GoodPractices.Core.Taxonomy;

namespace GoodPractices.Search.Tests.Support;

/// <summary>A deterministic corpus of varied practices, drawn from the fixture taxonomy with a seeded generator.</summary>
internal static class RandomCorpus
{
    private static readonly string[] Words = ["prison", "treatment", "court", "women", "housing", "mentoring", "probation", "family", "employment", "outreach"];

    public static IReadOnlyList<Practice> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var taxonomy = TestTaxonomy.Instance;
        string[] Pick(string vocabulary, int max) => Some(random, taxonomy[vocabulary].Terms.Select(t => t.Slug).ToList(), max);
        var countries = taxonomy.Countries.Keys.Order(StringComparer.Ordinal).ToList();
        var languages = new[] { "en", "fr", "it", "pt", "cs" };

        return Enumerable.Range(0, count).Select(i =>
        {
            var language = languages[random.Next(languages.Length)];
            var translations = languages.Where(l => l != language && random.Next(4) == 0)
                .Select(l => Practices.Translation($"p{i:D4}", l, $"Translated {i}", "Translated summary.", Practices.Filler))
                .ToArray();
            return Practices.Make(
                $"p{i:D4}",
                title: $"Practice {i} on {Words[random.Next(Words.Length)]}",
                body: $"{Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]}. {Practices.Filler}",
                language: language,
                countries: Some(random, countries, 2),
                interventions: Pick(PracticeTaxonomy.InterventionTypes, 3),
                stages: Pick(PracticeTaxonomy.JusticeStages, 2),
                settings: Pick(PracticeTaxonomy.Settings, 2),
                groups: Pick(PracticeTaxonomy.TargetGroups, 3),
                evidence: Pick(PracticeTaxonomy.EvidenceLevels, 1)[0],
                status: Pick(PracticeTaxonomy.Statuses, 1)[0],
                startYear: 1990 + random.Next(36),
                lastReviewed: new DateOnly(2020, 1, 1).AddDays(random.Next(2000)),
                translations: translations);
        }).ToList();
    }

    private static string[] Some(Random random, IReadOnlyList<string> values, int max)
    {
        var count = 1 + random.Next(max);
        return Enumerable.Range(0, count).Select(_ => values[random.Next(values.Count)]).Distinct().ToArray();
    }
}
