using GoodPractices.Core.Content;
using GoodPractices.Core.Corpus;
using GoodPractices.Core.Taxonomy;

namespace GoodPractices.Core.Tests.Corpus;

/// <summary>
/// The real corpus in practices/ keeps its breadth: a policymaker searching a partner country, a target group
/// or any vocabulary value finds substantial entries. These tests stop the corpus from quietly shrinking.
/// </summary>
public class SeedCorpusTests
{
    private static readonly Lazy<CorpusLoadResult> Loaded = new(() =>
        new CorpusLoader(TaxonomyLoader.LoadFromCorpus(Repository.Practices), DateOnly.FromDateTime(DateTime.UtcNow))
            .Load(Repository.Practices));

    private static IReadOnlyList<Practice> Practices => Loaded.Value.Corpus.Practices;
    private static PracticeTaxonomy Taxonomy => Loaded.Value.Corpus.Taxonomy;

    [Fact]
    public void TheCorpusValidatesWithNoErrorsAndNoWarnings() =>
        Assert.Empty(Loaded.Value.Diagnostics.Select(d => d.ToString()));

    [Fact]
    public void ItHoldsAtLeastFortyPractices() =>
        Assert.True(Practices.Count >= 40, $"{Practices.Count} practices");

    [Fact]
    public void ItCoversAtLeastFifteenCountries()
    {
        var countries = Practices.SelectMany(p => p.Countries).Distinct().Count();
        Assert.True(countries >= 15, $"{countries} countries");
    }

    [Theory]
    [InlineData("IT")]
    [InlineData("FR")]
    [InlineData("PT")]
    [InlineData("CZ")]
    public void EachPartnerCountryOfTheAlternativeProjectHasAtLeastThreeEntries(string country)
    {
        var count = Practices.Count(p => p.Countries.Contains(country));
        Assert.True(count >= 3, $"{country}: {count} entries");
    }

    [Fact]
    public void LatinAmericaIsCovered() =>
        Assert.Contains(Practices, p => p.Countries.Any(c => Taxonomy.Countries[c].Region == "latin-america-and-the-caribbean"));

    [Theory]
    [InlineData(PracticeTaxonomy.InterventionTypes)]
    [InlineData(PracticeTaxonomy.JusticeStages)]
    [InlineData(PracticeTaxonomy.Settings)]
    [InlineData(PracticeTaxonomy.TargetGroups)]
    public void EveryValueOfTheVocabularyIsUsedAtLeastOnce(string vocabulary)
    {
        var used = Practices.SelectMany(p => vocabulary switch
        {
            PracticeTaxonomy.InterventionTypes => p.InterventionTypes,
            PracticeTaxonomy.JusticeStages => p.JusticeStages,
            PracticeTaxonomy.Settings => p.Settings,
            _ => p.TargetGroups,
        }).ToHashSet();
        var unused = Taxonomy[vocabulary].Terms.Select(t => t.Slug).Where(s => !used.Contains(s)).ToList();
        Assert.True(unused.Count == 0, "Unused: " + string.Join(", ", unused));
    }

    [Fact]
    public void AtLeastSixEntriesServeWomenIncludingMothers()
    {
        Assert.True(Practices.Count(p => p.TargetGroups.Contains("women") || p.TargetGroups.Contains("pregnant-women-and-mothers")) >= 6);
        Assert.Contains(Practices, p => p.TargetGroups.Contains("pregnant-women-and-mothers"));
    }

    [Fact]
    public void AtLeastThreeEntriesServeFamiliesAndChildrenOfPrisoners() =>
        Assert.True(Practices.Count(p => p.TargetGroups.Contains("families-and-children")) >= 3);

    [Fact]
    public void TheOriginOfTheKnowledgeBaseIsDocumented()
    {
        Assert.Contains(Practices, p => p.Countries.Contains("IT") && p.Organisations.Any(o => o.Name.Contains("Villa Maraini", StringComparison.Ordinal)));
        Assert.Contains(Practices, p => p.Title.Contains("Alternative", StringComparison.Ordinal)
            && new[] { "IT", "FR", "PT", "CZ" }.All(p.Countries.Contains));
    }

    [Fact]
    public void EveryEntryHasADescriptionOfAtLeast150Words() =>
        Assert.Empty(Practices.Where(p => PracticeFileReader.CountWords(p.Body) < 150).Select(p => p.Id));

    [Fact]
    public void EveryEntryCitesASourceWithPublisherAndYear() =>
        Assert.Empty(Practices.Where(p => !p.Sources.Any(s => s.Publisher is not null && s.Year is not null)).Select(p => p.Id));

    [Fact]
    public void AtLeastTenTranslationsResolveCoveringItalianFrenchPortugueseAndCzech()
    {
        var translations = Practices.SelectMany(p => p.Translations).ToList();
        Assert.True(translations.Count >= 10, $"{translations.Count} translations");
        foreach (var language in new[] { "it", "fr", "pt", "cs" })
        {
            Assert.Contains(translations, t => t.Language == language);
        }
    }

    [Fact]
    public void AtLeastThreeEntriesAreWrittenFirstInALanguageOtherThanEnglish() =>
        Assert.True(Practices.Count(p => p.Language != "en") >= 3);

    [Fact]
    public void RelatedLinksExistBetweenEntries() =>
        Assert.True(Practices.Count(p => p.Related.Count > 0) >= 10);
}
