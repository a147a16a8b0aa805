using GoodPractices.Core.Content;
using GoodPractices.Core.Corpus;
using GoodPractices.Core.Taxonomy;

namespace GoodPractices.Core.Tests.Corpus;

/// <summary>
/// A build holds every practice's fields while it indexes. The values of the vocabularies (countries, languages, every
/// tag) are held as the taxonomy's own strings, one copy each, rather than a copy per practice: at 100,000 entries the
/// copies were a fifth of what the corpus held, and the build's memory has a limit (docs/benchmarks.md).
/// </summary>
public class SharedValuesTests
{
    private static readonly Lazy<PracticeCorpus> Corpus = new(() =>
        new CorpusLoader(TaxonomyLoader.LoadFromCorpus(Repository.Practices), DateOnly.FromDateTime(DateTime.UtcNow))
            .Load(Repository.Practices, keepBodies: false).Corpus);

    [Fact]
    public void EveryVocabularyValueOfEveryPracticeIsTheTaxonomysOwnString()
    {
        var taxonomy = Corpus.Value.Taxonomy;
        string Slug(string vocabulary, string value) => taxonomy[vocabulary].Find(value)!.Slug;
        var checkedValues = 0;

        foreach (var practice in Corpus.Value.Practices)
        {
            var pairs = new List<(string Held, string Own)>
            {
                (practice.Language, taxonomy.Languages[practice.Language].Code),
                (practice.Scope, Slug(PracticeTaxonomy.Scopes, practice.Scope)),
                (practice.Status, Slug(PracticeTaxonomy.Statuses, practice.Status)),
                (practice.Evidence.Level, Slug(PracticeTaxonomy.EvidenceLevels, practice.Evidence.Level)),
            };
            pairs.AddRange(practice.Countries.Select(c => (c, taxonomy.Countries[c].Code)));
            pairs.AddRange(practice.InterventionTypes.Select(v => (v, Slug(PracticeTaxonomy.InterventionTypes, v))));
            pairs.AddRange(practice.JusticeStages.Select(v => (v, Slug(PracticeTaxonomy.JusticeStages, v))));
            pairs.AddRange(practice.Settings.Select(v => (v, Slug(PracticeTaxonomy.Settings, v))));
            pairs.AddRange(practice.TargetGroups.Select(v => (v, Slug(PracticeTaxonomy.TargetGroups, v))));
            pairs.AddRange(practice.UnStandards.Select(v => (v, Slug(PracticeTaxonomy.UnStandards, v))));
            pairs.AddRange(practice.Evidence.Outcomes.Select(v => (v, Slug(PracticeTaxonomy.Outcomes, v))));
            pairs.AddRange(practice.Organisations.Select(o => (o.Type, Slug(PracticeTaxonomy.OrganisationTypes, o.Type))));
            pairs.AddRange(practice.Translations.Select(t => (t.Language, taxonomy.Languages[t.Language].Code)));
            foreach (var (held, own) in pairs)
            {
                Assert.True(ReferenceEquals(held, own), $"{practice.Id}: {held} is a copy of the taxonomy's value");
                checkedValues++;
            }
        }
        Assert.True(checkedValues > 500, $"{checkedValues} values checked");
    }

    [Fact]
    public void AnEmptyListOfValuesIsOneSharedEmptyList()
    {
        var empty = Corpus.Value.Practices.SelectMany(p => new[] { p.UnStandards, p.Evidence.Outcomes }).Where(l => l.Count == 0).ToList();
        Assert.True(empty.Count > 1, $"{empty.Count} empty lists");
        Assert.All(empty, list => Assert.Same(empty[0], list));
    }
}
