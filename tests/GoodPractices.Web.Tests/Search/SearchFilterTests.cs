using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Search;

public sealed class SearchFilterTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task ValuesOfOneDimensionCombineWithOrAndDimensionsWithAnd()
    {
        var (response, _, page) = await Html.GetAsync(site.Client(),
            "/search?country=IT&intervention=therapeutic-community&intervention=opioid-agonist-treatment");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            ["it-prison-opioid-treatment", "it-prison-therapeutic-community"],
            Html.ResultIds(page).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TheEmptySearchListsEveryPractice()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/search");

        Assert.Equal(6, Html.ResultIds(page).Count);
    }

    [Fact]
    public async Task FacetsAreLabelledFromTheTaxonomyWithCounts()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/search");

        var italy = Html.FacetLink(page, "Italy");
        Assert.StartsWith("3", italy.QuerySelector(".count")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll(".facet a.facet-value"), link => Html.FacetLabel(link) == "Therapeutic community");
    }

    [Fact]
    public async Task FacetLinksCarryTheWholeStateOfThePage()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/search?q=prison&country=IT&sort=title&from=2000&page=1");

        var link = Html.FacetLink(page, "Opioid agonist treatment");
        var query = Html.QueryOf(link.GetAttribute("href")!);

        Assert.Contains(("q", "prison"), query);
        Assert.Contains(("country", "IT"), query);
        Assert.Contains(("intervention", "opioid-agonist-treatment"), query);
        Assert.Contains(("sort", "title"), query);
        Assert.Contains(("from", "2000"), query);
        Assert.DoesNotContain(query, pair => pair.Key == "page");
    }

    // Every link of the facet list is the page's own search with one value added (or, for a selected one, taken away),
    // its parameters in the order every other link on the site writes them, so that the same search is one address.
    [Theory]
    [InlineData("/search")]
    [InlineData("/search?q=prison+care&country=IT&sort=title&from=2000&to=2020&page=2")]
    [InlineData("/fr/search?q=d%C3%A9tention+%26+soins&intervention=therapeutic-community&country=IT&country=PT")]
    [InlineData("/search?q=prison+%EE%80%80&status=active")]
    public async Task EachFacetLinkIsThePageWithOneValueAddedOrTakenAway(string address)
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), address);
        var pathBase = address.StartsWith("/fr/", StringComparison.Ordinal) ? "/fr" : "";
        var state = GoodPractices.Web.Search.SearchQueryParser.Parse(
            new Microsoft.AspNetCore.Http.QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + address).Query))).Query;

        var links = page.QuerySelectorAll(".facet a.facet-value").ToList();
        Assert.True(links.Count > 10, $"only {links.Count} facet links");
        foreach (var link in links)
        {
            var href = link.GetAttribute("href")!;
            var pairs = Html.QueryOf(href);
            var before = Html.QueryOf(GoodPractices.Web.Search.SearchUrls.QueryString(state with { Page = 1 }));
            var added = pairs.Except(before).ToList();
            var removed = before.Except(pairs).ToList();
            Assert.True(added.Count + removed.Count == 1, $"{href} differs from the page by {added.Count} added and {removed.Count} removed");
            var (dimension, value) = added.Count == 1 ? added[0] : removed[0];
            Assert.Equal(added.Count == 0, link.ClassList.Contains("selected"));
            Assert.Equal(GoodPractices.Web.Search.SearchUrls.For(new Microsoft.AspNetCore.Http.PathString(pathBase), state.Toggle(dimension, value)), href);
        }
    }

    [Fact]
    public async Task ASelectedValueIsShownAsAChipThatRemovesOnlyItself()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/search?country=IT&status=active");

        var chips = page.QuerySelectorAll(".active-filters a.chip").ToList();
        Assert.Equal(2, chips.Count);
        var italyChip = chips.Single(c => c.TextContent.Contains("Italy", StringComparison.Ordinal));
        Assert.Equal([("status", "active")], Html.QueryOf(italyChip.GetAttribute("href")!));
        Assert.Equal("/search", page.QuerySelector(".active-filters a.clear-all")!.GetAttribute("href"));
    }

    [Fact]
    public async Task AResultShowsItsTitleCountriesAndInterventionTypes()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/search?q=dissuasion");

        var result = page.QuerySelectorAll("li.result").First();
        Assert.Equal("Commissions for the Dissuasion of Drug Addiction", result.QuerySelector("h2 a")!.TextContent);
        Assert.Contains("Portugal", result.QuerySelector(".result-meta")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Decriminalisation", result.QuerySelector(".result-meta")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSearchBoxKeepsTheChosenFiltersForTheNextSearch()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/search?q=prison&group=adults");

        Assert.Equal("prison", page.QuerySelector("input#q")!.GetAttribute("value"));
        Assert.Contains(page.QuerySelectorAll("form.search-form input[type=hidden]"),
            input => input.GetAttribute("name") == "group" && input.GetAttribute("value") == "adults");
    }

    [Fact]
    public async Task ATypingMistakeStillFindsThePracticeAndSaysWhatWasSearched()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/search?q=dissuasoin");

        Assert.Contains("pt-dissuasion-commissions", Html.ResultIds(page));
        Assert.Contains(page.QuerySelectorAll(".notice"), n => n.GetAttribute("data-notice") == "ShowingResultsFor");
    }

    [Theory]
    [InlineData("/search?q=dissuasoin+commisions")]
    [InlineData("/fr/search?q=dissuasoin+commisions")]
    public async Task TheCorrectionIsShownOnceAndAsTheReaderWouldTypeIt(string path)
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), path);

        var notice = Assert.Single(page.QuerySelectorAll(".notice"), n => n.GetAttribute("data-notice") == "ShowingResultsFor");
        var text = notice.TextContent;
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "dissuasion commissions"));
        Assert.DoesNotContain(" AND ", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/search?q=jail", "Few practices matched jail as typed")]
    [InlineData("/fr/search?q=jail", "Peu de pratiques correspondaient à vos mots")]
    public async Task AWordWithFewPracticesAlsoFindsItsSynonymsAndSaysWhichInTheReadersLanguage(string path, string sentence)
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), path);

        Assert.NotEmpty(Html.ResultIds(page));
        var notice = Assert.Single(page.QuerySelectorAll(".notice"), n => n.GetAttribute("data-notice") == "IncludingSynonyms");
        Assert.Contains(sentence, notice.TextContent, StringComparison.Ordinal);
        Assert.Contains("prison", notice.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuotedWordIsSearchedAlone()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/search?q=%22jail%22");

        Assert.Empty(Html.ResultIds(page));
        Assert.DoesNotContain(page.QuerySelectorAll(".notice"), n => n.GetAttribute("data-notice") == "IncludingSynonyms");
    }
}
