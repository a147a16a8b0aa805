using GoodPractices.Core.Taxonomy;
using GoodPractices.Search.Indexing;
using GoodPractices.Search.Querying.Reading;
using GoodPractices.Search.Tests.Support;

namespace GoodPractices.Search.Tests.Querying.Reading;

public class LabelTranslationsTests
{
    // The fixture taxonomy, with a few labels in the other interface languages.
    private static readonly LabelTranslations Translations = new(TaxonomyLoader.Parse(new StringReader(File.ReadAllText(TestTaxonomy.Path)
            .Replace("label: {en: Women}", "label: {en: Women, fr: Femmes, pt: Mulheres, cs: Ženy}", StringComparison.Ordinal)
            .Replace("label: {en: Prison}", "label: {en: Prison, fr: Prison, it: Carcere}", StringComparison.Ordinal)
            .Replace("label: {en: National}", "label: {en: National, it: Nazionale}", StringComparison.Ordinal)), "taxonomy.yml"),
        new PracticeAnalyzer());

    [Theory]
    [InlineData("mulheres")]
    [InlineData("Mulheres")]
    [InlineData("ŽENY")]
    [InlineData("zeny")]
    public void AOneWordLabelInAnotherLanguageReadsAsTheTermsLabelsInTheOthers(string word)
    {
        var others = Translations.Of(word).Select(t => t.Label).ToList();

        Assert.Contains("Women", others);
        Assert.Contains("Femmes", others);
    }

    [Fact]
    public void AnEnglishLabelIsTheEntriesOwnWordAndIsNotTranslated()
    {
        Assert.Empty(Translations.Of("women"));
        // The French label is the English one.
        Assert.Empty(Translations.Of("prison"));
        var prison = Assert.Single(Translations.Of("carcere"));
        Assert.Equal("Prison", prison.Label);
        Assert.Equal(["en", "fr"], prison.Languages);
    }

    [Fact]
    public void OnlyWhatAPracticeIsAndDoesIsTranslatedNotItsScopeOrStatus()
    {
        Assert.Empty(Translations.Of("nazionale"));
        Assert.Empty(Translations.Of("mulheres presas"));
    }
}
