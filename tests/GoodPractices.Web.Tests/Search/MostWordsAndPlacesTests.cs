using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Search;

public sealed class MostWordsAndPlacesTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task WhenNoPracticeHasEveryWordThePageSaysSoAndNamesTheMissingWords()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/search?q=naloxone+commissions");

        Assert.Contains("eu-naloxone-on-release", Html.ResultIds(page));
        var notice = Assert.Single(page.QuerySelectorAll(".notice"), n => n.GetAttribute("data-notice") == "MostWords");
        Assert.Contains("No practice has all of your words; these have most of them", notice.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll(".missing-words"), m => m.TextContent.Trim() == "Missing: commissions");
    }

    [Theory]
    [InlineData("/search?q=metadne", "Nothing matched metadne exactly; these practices have words close to it.")]
    [InlineData("/fr/search?q=metadne", "Rien ne correspondait exactement à votre recherche ; ces pratiques ont des mots proches des vôtres.")]
    public async Task AMistakeWithNoCloseWordToNameIsAnsweredWithPracticesOfCloseWords(string url, string sentence)
    {
        // It read "Nothing matched exactly; showing results for metadne", naming as a correction the query as typed.
        var (_, _, page) = await Html.GetAsync(site.Client(), url);

        Assert.NotEmpty(Html.ResultIds(page));
        var notice = Assert.Single(page.QuerySelectorAll(".notice"));
        Assert.Equal("CloseWords", notice.GetAttribute("data-notice"));
        Assert.Equal(sentence, notice.TextContent.Trim());
    }

    [Fact]
    public async Task ACountryAdjectiveLiftsPracticesFromThereAndOffersTheFilter()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/search?q=methadone+in+Italian+prisons");

        Assert.Equal("it-prison-opioid-treatment", Html.ResultIds(page)[0]);
        var only = Assert.Single(page.QuerySelectorAll(".place-filters a"));
        Assert.Equal("Only Italy?", only.TextContent.Trim());
        Assert.Contains("country=IT", only.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOneClickFilterIsOfferedInTheReadersLanguage()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/fr/search?q=prison+italienne");

        Assert.Equal("Seulement Italie ?", Assert.Single(page.QuerySelectorAll(".place-filters a")).TextContent.Trim());
    }

    [Theory]
    [InlineData("/search?q=prison+Iberian", "Only Spain or Portugal?")]
    [InlineData("/fr/search?q=prison+ib%C3%A9rique", "Seulement Espagne ou Portugal ?")]
    public async Task APlaceOfSeveralCountriesIsOfferedAsAnyOfThem(string url, string offer)
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), url);

        var only = Assert.Single(page.QuerySelectorAll(".place-filters a"));
        Assert.Equal(offer, only.TextContent.Trim());
    }

    [Theory]
    [InlineData("/search?q=prison+European+Union", "Only European Union?")]
    [InlineData("/search?q=prison+european+union", "Only European union?")]
    [InlineData("/fr/search?q=prison+Union+europ%C3%A9enne", "Seulement Union européenne ?")]
    public async Task APlaceOfManyCountriesIsOfferedByTheNameTheReaderGaveIt(string url, string offer)
    {
        // The European Union's 27 countries, listed, would make a paragraph of a link.
        var (_, _, page) = await Html.GetAsync(site.Client(), url);

        var only = Assert.Single(page.QuerySelectorAll(".place-filters a"));
        Assert.Equal(offer, only.TextContent.Trim());
        Assert.Contains("country=IT", only.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APlaceNoPracticeIsFromIsSaidSoWithItsRegionAndAWayToProposeOne()
    {
        // The fixture has practices from Italy and Portugal, in Southern Europe, and none from Spain.
        var (_, _, page) = await Html.GetAsync(site.Client(), "/search?q=Spain");

        Assert.Empty(Html.ResultIds(page));
        Assert.Empty(page.QuerySelectorAll(".place-filters a"));
        var ways = page.QuerySelector(".no-results")!;
        Assert.Contains("No practice from Spain has been published yet.", ways.QuerySelector(".place-without-practices")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(ways.QuerySelectorAll(".unmatched-word"), w => w.TextContent == "Spain");
        var region = Assert.Single(ways.QuerySelectorAll("a"), a => a.GetAttribute("href")!.Contains("region=southern-europe", StringComparison.Ordinal));
        Assert.Equal("Practices from the same region: Southern Europe", region.TextContent.Trim());
        Assert.Contains(ways.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/contribute?country=ES");

        var (_, _, inRegion) = await Html.GetAsync(site.Client(), region.GetAttribute("href")!);
        Assert.NotEmpty(Html.ResultIds(inRegion));
    }

    [Fact]
    public async Task AQueryNamingManyPlacesWithoutPracticesLooksUpOnlyTheFirstFew()
    {
        // Each place looked up costs a search or two: a query of place names must not multiply them.
        var (response, _, page) = await Html.GetAsync(site.Client(), "/search?q=Spain+France+Germany+Poland+Greece+Austria+Belgium");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Html.ResultIds(page));
        Assert.Equal(GoodPractices.Web.Search.NoResultsWays.MaxPlacesTried, page.QuerySelectorAll(".place-without-practices").Length);
    }

    [Fact]
    public async Task WordsFoundElsewhereThanThePlaceNamedAreAnsweredWithoutOfferingAFilterThatLeavesNothing()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/search?q=methadone+Spain");

        Assert.Contains("it-prison-opioid-treatment", Html.ResultIds(page));
        Assert.Empty(page.QuerySelectorAll(".place-filters a"));
        Assert.Equal("No practice from Spain matches; these are from elsewhere.", page.QuerySelector(".place-filters .place-none")!.TextContent.Trim());
        Assert.DoesNotContain(page.QuerySelectorAll(".notice"), n => n.GetAttribute("data-notice") == "MostWords");
    }

    [Fact]
    public async Task MarkupTypedInAQueryIsShownAsTextInThePassage()
    {
        var (_, html, page) = await Html.GetAsync(site.Client(), "/search?q=%3Cb%3Emethadone%3C%2Fb%3E");

        Assert.DoesNotContain("<b>methadone", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(page.QuerySelectorAll(".snippet mark"), m => m.TextContent.Equals("methadone", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task APassageReadsOnThePageAsItsTextWithNoSpaceAddedAroundTheMarkedWords()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/search?q=methadone+in+Italian+prisons");
        var json = await site.Client().GetStringAsync("/api/search?q=methadone+in+Italian+prisons");
        var hits = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("hits");

        var shown = page.QuerySelectorAll(".result .snippet").Select(p => p.TextContent).ToList();
        var passages = hits.EnumerateArray().Select(h => new AngleSharp.Html.Parser.HtmlParser().ParseFragment(h.GetProperty("snippetHtml").GetString()!, null!)
            .Select(n => n.TextContent).Aggregate("", string.Concat)).ToList();

        Assert.Contains(page.QuerySelectorAll(".snippet mark"), m => m.TextContent.StartsWith("prison", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(passages, shown);
    }
}
