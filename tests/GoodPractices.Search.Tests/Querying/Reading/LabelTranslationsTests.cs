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
    public void AOneWordLabelInAnotherLanguageReadsAsTheTermsEnglishLabel(string word)
    {
        Assert.Equal("Women", Translations.EnglishOf(word));
    }

    [Fact]
    public void AnEnglishLabelIsTheEntriesOwnWordAndIsNotTranslated()
    {
        Assert.Null(Translations.EnglishOf("women"));
        // The French label is the English one.
        Assert.Null(Translations.EnglishOf("prison"));
        Assert.Equal("Prison", Translations.EnglishOf("carcere"));
    }

    [Fact]
    public void ALabelMostPracticesHoldIsNotTranslated()
    {
        var taxonomy = TaxonomyLoader.Parse(new StringReader(File.ReadAllText(TestTaxonomy.Path)
            .Replace("label: {en: Women}", "label: {en: Women, pt: Mulheres}", StringComparison.Ordinal)
            .Replace("label: {en: Prison}", "label: {en: Prison, it: Carcere}", StringComparison.Ordinal)), "taxonomy.yml");
        // "prison" is in 8 practices of 10, "women" in 3.
        var translations = new LabelTranslations(taxonomy, new PracticeAnalyzer(), (word => word == "prison" ? 8 : 3, 10));

        Assert.Null(translations.EnglishOf("carcere"));
        Assert.Equal("Women", translations.EnglishOf("mulheres"));
    }

    [Theory]
    [InlineData("détenus")]
    [InlineData("reclusos")]
    [InlineData("vězně")]
    public void AWordListedByHandIsTranslatedHoweverManyPracticesHoldIt(string word)
    {
        // "prisoner" is in 8 practices of 10, as it is in most of the real corpus.
        var translations = new LabelTranslations(TestTaxonomy.Instance, new PracticeAnalyzer(), (_ => 8, 10));

        Assert.Equal("prisoner", translations.EnglishOf(word));
    }

    [Fact]
    public void OnlyWhatAPracticeIsAndDoesIsTranslatedNotItsScopeOrStatus()
    {
        Assert.Null(Translations.EnglishOf("nazionale"));
        Assert.Null(Translations.EnglishOf("mulheres presas"));
    }

    [Theory]
    [InlineData("buprenorfina", "buprenorphine")]
    [InlineData("Buprenorfin", "buprenorphine")]
    [InlineData("metadon", "methadone")]
    public void AMedicineWrittenTheWayAnotherLanguageWritesItReadsAsTheEnglishWord(string word, string english)
    {
        Assert.Equal(english, Translations.EnglishOf(word));
    }

    [Fact]
    public void WordsAreReadOneEnglishWordALineWithTheOtherLanguagesSpellings()
    {
        var words = LabelTranslations.ReadWords("# a comment\nbuprenorphine: buprenorfina, buprenorfin # Italian, Czech\n\nnot a line\n").ToList();

        var (english, others) = Assert.Single(words);
        Assert.Equal("buprenorphine", english);
        Assert.Equal(["buprenorfina", "buprenorfin"], others);
    }
}
