using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Countries;

/// <summary>A practice shown in another language than the page's says so, in the reader's language.</summary>
public sealed class TranslationNoticeTests(CountriesSite site) : IClassFixture<CountriesSite>
{
    [Fact]
    public async Task AnItalianOnlyPracticeTellsAnEnglishReaderThereIsNoEnglishVersionYet()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/practices/it-solo-italiano");

        var note = page.QuerySelector(".translation-note.not-in-language")!;
        Assert.Equal("This practice is described in Italian; no English version yet.", note.TextContent);
        Assert.Equal("en", note.GetAttribute("lang"));
        Assert.Equal("it", page.QuerySelector(".practice-body")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task TheNoticeSpeaksTheReadersLanguage()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/cs/practices/it-solo-italiano");

        Assert.Equal("Tato praxe je popsána v jazyce: italština. Verze v jazyce „čeština“ zatím neexistuje.",
            page.QuerySelector(".translation-note.not-in-language")!.TextContent);
    }

    [Fact]
    public async Task TheFrenchInterfacePrefersTheEnglishVersionToTheItalianOriginalAndOffersBoth()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/fr/practices/it-bilingue");

        Assert.Equal("Legal help for families", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("en", page.QuerySelector(".practice-body")!.GetAttribute("lang"));
        Assert.Equal("Cette pratique est décrite en anglais ; pas encore de version en français.",
            page.QuerySelector(".translation-note.not-in-language")!.TextContent);
        var versions = page.QuerySelectorAll(".text-languages a").Select(a => a.GetAttribute("hreflang")).ToList();
        Assert.Equal(["it", "en"], versions);
    }

    [Fact]
    public async Task TheFrenchCountryPageListsTheEnglishTitleOfAnItalianEntryThatHasOne()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/fr/countries/it");

        var item = page.QuerySelectorAll("section[aria-labelledby=list-title] li")
            .Single(li => li.QuerySelector("a")!.GetAttribute("href") == "/fr/practices/it-bilingue");
        Assert.Equal("Legal help for families", item.QuerySelector("a")!.TextContent);
        Assert.Equal("en", item.GetAttribute("lang"));
    }

    [Fact]
    public async Task APracticeInThePagesLanguageHasNoNotice()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/it/practices/it-solo-italiano");

        Assert.Null(page.QuerySelector(".translation-note.not-in-language"));
    }

    [Fact]
    public async Task AReaderWhoAskedForAnotherVersionOfATranslatedPracticeIsNotToldItIsMissing()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/practices/it-bilingue?lang=it");

        Assert.Equal("it", page.QuerySelector(".practice-body")!.GetAttribute("lang"));
        Assert.Null(page.QuerySelector(".translation-note.not-in-language"));
    }
}
