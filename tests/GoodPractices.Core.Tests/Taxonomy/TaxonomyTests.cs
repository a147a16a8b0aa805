using GoodPractices.Core.Taxonomy;

namespace GoodPractices.Core.Tests.Taxonomy;

/// <summary>The real taxonomy speaks every interface language, so no reader meets an untranslated label.</summary>
public class TaxonomyTests
{
    private static readonly PracticeTaxonomy Real = TaxonomyLoader.LoadFromCorpus(Repository.Practices);

    [Fact]
    public void EveryVocabularyTermHasALabelAndDescriptionInEveryInterfaceLanguage()
    {
        var missing = from vocabulary in Real.Vocabularies
                      from term in vocabulary.Terms
                      from language in Real.InterfaceLanguages
                      where !term.Label.All.ContainsKey(language) || !term.Description.All.ContainsKey(language)
                      select $"{vocabulary.Key}/{term.Slug}/{language}";
        Assert.Empty(missing);
    }

    [Fact]
    public void EveryCountryHasANameInEveryInterfaceLanguage() =>
        Assert.Empty(Real.Countries.Values.SelectMany(c => Real.InterfaceLanguages.Where(l => !c.Name.All.ContainsKey(l)).Select(l => $"{c.Code}/{l}")));

    [Fact]
    public void TheVocabulariesHoldExactlyTheSlugsOfTheContentSchema()
    {
        Assert.Equal(20, Real[PracticeTaxonomy.InterventionTypes].Terms.Count);
        Assert.Equal(9, Real[PracticeTaxonomy.JusticeStages].Terms.Count);
        Assert.Equal(9, Real[PracticeTaxonomy.Settings].Terms.Count);
        Assert.Equal(14, Real[PracticeTaxonomy.TargetGroups].Terms.Count);
        Assert.Equal(
            ["systematic-review", "rigorous-evaluation", "evaluated-outcomes", "process-evaluation", "promising-unevaluated", "mixed-or-null", "harmful"],
            Real[PracticeTaxonomy.EvidenceLevels].Terms.Select(t => t.Slug));
    }

    [Fact]
    public void ExactlyTheTwentySevenMemberStatesAreInTheEu() =>
        Assert.Equal(27, Real.Countries.Values.Count(c => c.Eu));

    [Theory]
    [InlineData("IT", "southern-europe")]
    [InlineData("CZ", "eastern-europe")]
    [InlineData("MX", "latin-america-and-the-caribbean")]
    [InlineData("GB", "northern-europe")]
    public void CountriesBelongToTheirUnSubRegion(string country, string region) =>
        Assert.Equal(region, Real.RegionOf(country)?.Slug);

    [Fact]
    public void EveryInterfaceLanguageIsALanguageEntriesMayBeWrittenIn() =>
        Assert.All(Real.InterfaceLanguages, l => Assert.True(Real.Languages.ContainsKey(l)));
}
