using GoodPractices.Core.Countries;

namespace GoodPractices.Core.Tests.Corpus;

/// <summary>
/// A country's national context (<c>countries/&lt;code&gt;.md</c>) is checked like a practice: the same codes, lines and
/// columns, and a broken one never keeps the rest of the corpus out.
/// </summary>
public sealed class CountryContextTests
{
    [Fact]
    public void AValidContextLoadsWithItsTranslationBesideThePractices()
    {
        using var corpus = new TempCorpus()
            .With("it/it-practice.md", TempCorpus.Practice("it-practice"))
            .With("countries/it.md", TempCorpus.Context())
            .With("countries/it.fr.md", TempCorpus.Context(language: "fr", sources: false,
                body: "La détention pour usage personnel est une infraction administrative. Les tribunaux peuvent ordonner des soins. Le traitement agoniste opioïde atteint toutes les prisons."));

        var result = corpus.Load();

        Assert.Empty(TempCorpus.Brief(result));
        Assert.Single(result.Corpus.Practices);
        var context = result.Corpus.CountryContexts["IT"];
        Assert.Equal("en", context.Language);
        Assert.Equal("EMCDDA", Assert.Single(context.Sources).Publisher);
        var french = context.TextIn("fr");
        Assert.Equal("fr", french.Language);
        Assert.StartsWith("La détention", french.Body, StringComparison.Ordinal);
        // The translation gave no sources of its own, so it shows the original's.
        Assert.Equal("Country Drug Report 2019", Assert.Single(french.Sources).Title);
    }

    [Fact]
    public void AReaderWithoutTheirLanguageGetsEnglishBeforeTheOriginal()
    {
        using var corpus = new TempCorpus()
            .With("countries/it.md", TempCorpus.Context(language: "it",
                body: "Il possesso per uso personale è un illecito amministrativo. I giudici possono disporre un programma di cura. La terapia agonista raggiunge le carceri."))
            .With("countries/it.en.md", TempCorpus.Context(language: "en", sources: false));

        var context = corpus.Load().Corpus.CountryContexts["IT"];

        Assert.Equal("en", context.TextIn("fr").Language);
        Assert.Equal("it", context.TextIn("it").Language);
        Assert.Equal("en", context.TextIn("en").Language);
    }

    [Fact]
    public void ACountryThatDiffersFromTheFileNameIsReportedAtTheCountry()
    {
        using var corpus = new TempCorpus().With("countries/it.md", TempCorpus.Context(country: "PT"));

        var result = corpus.Load();

        Assert.Equal(["countries/it.md:2:10: error GP008"], TempCorpus.Brief(result));
        Assert.Contains("'pt.md'", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Empty(result.Corpus.CountryContexts);
    }

    [Fact]
    public void AnUnknownCountryGetsTheCodeAndAHint()
    {
        using var corpus = new TempCorpus().With("countries/it.md", TempCorpus.Context(country: "it"));

        var result = corpus.Load();

        Assert.Equal(["countries/it.md:2:10: error GP009"], TempCorpus.Brief(result));
        Assert.Contains("Write it in capitals: 'IT'", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileNotNamedAfterACountryCodeIsReported()
    {
        using var corpus = new TempCorpus().With("countries/italy.md", TempCorpus.Context());

        Assert.Equal(["countries/italy.md:1:1: error GP008"], TempCorpus.Brief(corpus.Load()));
    }

    [Fact]
    public void AnUnknownLanguageAndAFutureReviewDateAreReportedWhereTheyAre()
    {
        using var corpus = new TempCorpus().With("countries/it.md", TempCorpus.Context(language: "xx", lastReviewed: "2027-01-01"));

        Assert.Equal(["countries/it.md:3:11: error GP020", "countries/it.md:4:16: error GP013"], TempCorpus.Brief(corpus.Load()));
    }

    [Fact]
    public void AnOriginalWithoutSourcesIsAnError()
    {
        using var corpus = new TempCorpus().With("countries/it.md", TempCorpus.Context(sources: false));

        var result = corpus.Load();

        Assert.Equal(["countries/it.md:2:1: error GP003"], TempCorpus.Brief(result));
        Assert.Equal("sources", result.Diagnostics[0].Field);
    }

    [Theory]
    [InlineData("Possession is an offence. Courts order treatment.", "GP014")]
    [InlineData("One. Two. Three. Four. Five. Six. Seven.", "GP018")]
    public void ABodyOfFewerThanThreeOrMoreThanSixSentencesIsReportedAtItsFirstLine(string body, string code)
    {
        using var corpus = new TempCorpus().With("countries/it.md", TempCorpus.Context(body: body));

        Assert.Equal([$"countries/it.md:11:1: error {code}"], TempCorpus.Brief(corpus.Load()));
    }

    [Fact]
    public void ATranslationWithoutItsOriginalIsReportedAtItsCountry()
    {
        using var corpus = new TempCorpus().With("countries/pt.fr.md", TempCorpus.Context(country: "PT", language: "fr", sources: false));

        Assert.Equal(["countries/pt.fr.md:2:10: error GP015"], TempCorpus.Brief(corpus.Load()));
    }

    [Fact]
    public void ATranslationWhoseLanguageDiffersFromItsFileNameIsReported()
    {
        using var corpus = new TempCorpus()
            .With("countries/it.md", TempCorpus.Context())
            .With("countries/it.fr.md", TempCorpus.Context(language: "pt", sources: false));

        Assert.Equal(["countries/it.fr.md:3:11: error GP021"], TempCorpus.Brief(corpus.Load()));
    }

    [Fact]
    public void ABrokenContextIsReportedAndEverythingElseStillLoads()
    {
        using var corpus = new TempCorpus()
            .With("it/it-practice.md", TempCorpus.Practice("it-practice"))
            .With("countries/it.md", TempCorpus.Context())
            .With("countries/pt.md", "---\ncountry: PT\nlanguage: [en\n---\nBroken.");

        var result = corpus.Load();

        Assert.Equal("countries/pt.md", Assert.Single(result.Diagnostics).Path);
        Assert.Equal("GP002", result.Diagnostics[0].Code);
        Assert.Single(result.Corpus.Practices);
        Assert.Equal(["IT"], result.Corpus.CountryContexts.Keys);
    }

    [Theory]
    [InlineData("Possession is an offence. Courts order treatment. Prisons offer methadone.", 3)]
    [InlineData("Art. 94 allows treatment, e.g. in a community. Dr. Rossi runs it. The U.S. Congress is elsewhere.", 3)]
    [InlineData("Since 2001 possession is not a crime (Law 30/2000). Commissions refer people to treatment! Do prisons offer it? Yes", 4)]
    [InlineData("", 0)]
    public void SentencesAreCountedAsAReaderCountsThem(string text, int expected) =>
        Assert.Equal(expected, SentenceCount.Of(text));
}
