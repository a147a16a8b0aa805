using GoodPractices.Search.Tests.Support;

namespace GoodPractices.Search.Tests.Querying.Matching;

public class LanguageSearchTests
{
    [Fact]
    public void AWordWithoutAccentsFindsItsAccentedForm()
    {
        using var index = TestIndex.Of(
            Practices.Make("pt-prison", language: "pt", title: "Saúde na prisão", body: "A equipa trabalha na prisão com pessoas em detenção. " + Practices.Filler),
            Practices.Make("other", title: "Unrelated"));

        Assert.Equal(["pt-prison"], index.Search("prisao").Ids());
        Assert.Equal(["pt-prison"], index.Search("detencao").Ids());
    }

    [Theory]
    [InlineData("en", "The court refers offenders to treatment.", "offender")]
    [InlineData("fr", "Les détenus bénéficient de traitements de substitution.", "traitement")]
    [InlineData("it", "Il progetto lavora nelle carceri italiane.", "carcere")]
    [InlineData("pt", "As comissões avaliam as pessoas encaminhadas.", "comissão")]
    [InlineData("cs", "Program pomáhá odsouzeným ve věznicích.", "věznice")]
    [InlineData("de", "Das Projekt unterstützt Gefangene in Haftanstalten.", "Haftanstalt")]
    [InlineData("es", "El programa atiende a las mujeres encarceladas.", "mujer")]
    [InlineData("nl", "Het project helpt gedetineerden bij hun terugkeer.", "gedetineerde")]
    [InlineData("pl", "Program wspiera osadzonych w zakładach karnych.", "osadzonych")]
    public void AQueryInAnEntrysLanguageFindsItThroughItsAnalyzer(string language, string sentence, string query)
    {
        using var index = TestIndex.Of(
            Practices.Make("target", language: language, title: "Entry", summary: "Summary.", body: sentence + " " + Practices.Filler),
            Practices.Make("other", title: "Unrelated"));

        Assert.Equal(["target"], index.Search(query).Ids());
    }

    [Fact]
    public void ATranslationMakesThePracticeFindableInItsLanguage()
    {
        var practice = Practices.Make("pt-dissuasion", title: "Dissuasion commissions", translations:
            [Practices.Translation("pt-dissuasion", "it", "Commissioni per la dissuasione", "Sintesi.", "Le commissioni valutano le persone nelle carceri. " + Practices.Filler)]);
        using var index = TestIndex.Of(practice, Practices.Make("other", title: "Unrelated"));

        Assert.Equal(["pt-dissuasion"], index.Search("commissione").Ids());
    }

    [Theory]
    [InlineData("units", "Release gives free legal advice across the United Kingdom.", "Prisoners live in drug-free units.")]
    [InlineData("nations", "A national programme runs in every region.", "The United Nations standards apply.")]
    [InlineData("housing", "Methadone is given in police arrest houses.", "Tenants get housing after release.")]
    public void AnEnglishWordIsNotFoundInAnotherThatOnlySharesItsStem(string query, string stemShared, string meant)
    {
        // English stemming reads "United" as "unit", "national" as "nation", and "housing" and "houses" alike: every
        // British entry matched "drug-free units", and a legal advice service came before the UN handbook.
        using var index = TestIndex.Of(
            Practices.Make("stem-only", title: "Entry", summary: "Summary.", body: stemShared + " " + Practices.Filler),
            Practices.Make("meant", title: "Other entry", summary: "Summary.", body: meant + " " + Practices.Filler));

        Assert.Equal(["meant"], index.Search(query).Ids());
    }
}
