using GoodPractices.Core.Content;
using GoodPractices.Core.Corpus;
using GoodPractices.Core.Taxonomy;

namespace GoodPractices.Core.Tests.Corpus;

/// <summary>
/// The floors the knowledge base promises its readers: every EU member state present, with its national context,
/// enough practices and translations that a policymaker anywhere in the Union finds their country and its
/// neighbours, and every evidence level traceable to the evaluation behind it.
/// </summary>
public sealed class CorpusFloorTests
{
    private const int MinimumPractices = 90;
    private const int MinimumTranslations = 30;
    private const int MinimumStatesWithTwo = 15;

    private static readonly Lazy<CorpusLoadResult> Loaded = new(() =>
        new CorpusLoader(TaxonomyLoader.LoadFromCorpus(Repository.Practices), DateOnly.FromDateTime(DateTime.UtcNow))
            .Load(Repository.Practices));

    private static PracticeCorpus Corpus => Loaded.Value.Corpus;

    private static IEnumerable<Country> MemberStates => Corpus.Taxonomy.Countries.Values.Where(c => c.Eu);

    private static int PracticesIn(string country) => Corpus.Practices.Count(p => p.Countries.Contains(country));

    [Fact]
    public void TheTaxonomyKnowsTheTwentySevenMemberStates() => Assert.Equal(27, MemberStates.Count());

    [Fact]
    public void EveryMemberStateHasAtLeastOnePractice() =>
        Assert.Empty(MemberStates.Where(c => PracticesIn(c.Code) == 0).Select(c => c.Code).Order());

    [Fact]
    public void AtLeastFifteenMemberStatesHaveTwoPracticesOrMore()
    {
        var withTwo = MemberStates.Count(c => PracticesIn(c.Code) >= 2);
        Assert.True(withTwo >= MinimumStatesWithTwo, $"{withTwo} member states have two practices or more");
    }

    [Fact]
    public void EveryMemberStateHasANationalContext() =>
        Assert.Empty(MemberStates.Where(c => !Corpus.CountryContexts.ContainsKey(c.Code)).Select(c => c.Code).Order());

    [Fact]
    public void TheCorpusHoldsAtLeastNinetyPractices() =>
        Assert.True(Corpus.Practices.Count >= MinimumPractices, $"{Corpus.Practices.Count} practices");

    [Fact]
    public void TheCorpusHoldsAtLeastThirtyTranslations()
    {
        var translations = Corpus.Practices.Sum(p => p.Translations.Count);
        Assert.True(translations >= MinimumTranslations, $"{translations} translations");
    }

    [Fact]
    public void EveryPracticeWrittenInAnotherLanguageHasAnEnglishTranslation() =>
        Assert.Empty(Corpus.Practices
            .Where(p => p.Language != "en" && p.Translations.All(t => t.Language != "en"))
            .Select(p => $"{p.SourcePath} ({p.Language})"));

    [Fact]
    public void NoEvidenceLevelAbovePromisingLacksTheEvaluationAmongItsSources() =>
        Assert.Empty(Corpus.Practices
            .Where(p => EvaluationSources.EvaluatedLevels.Contains(p.Evidence.Level) && !p.Sources.Any(s => s.Evaluation))
            .Select(p => $"{p.SourcePath} ({p.Evidence.Level})"));

    [Theory]
    [InlineData("int-unodc-handbook-prisoners-special-needs")]
    [InlineData("int-cnd-2015-drug-offenders-recommendations")]
    [InlineData("int-children-of-prisoners-europe")]
    public void EntriesForTheWorldOrAContinentAreInternationalNotFiledUnderAustria(string id)
    {
        var practice = Corpus.Find(id);
        Assert.NotNull(practice);
        Assert.Equal(InternationalScope.Slug, practice.Scope);
        Assert.DoesNotContain("AT", practice.Countries);
    }
}
