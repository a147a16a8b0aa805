using System.Net;
using GoodPractices.Web.Tests.Countries;
using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Compare;

/// <summary>/compare: intervention types down, countries across, each country's context above; as a page and as CSV.</summary>
public sealed class CompareTests(CountriesSite site) : IClassFixture<CountriesSite>
{
    [Fact]
    public async Task TheTableHasTypesDownCountriesAcrossAndEachCellTheCountrysPracticesOrNoneYet()
    {
        var (response, _, page) = await Html.GetAsync(site.Client(), "/compare?countries=IT,PT");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var table = page.QuerySelector("table.compare-table")!;
        Assert.Equal(["Italy", "Portugal"], table.QuerySelectorAll("thead th a[href^='/countries/']").Select(a => a.TextContent));
        var rows = table.QuerySelectorAll("tbody tr").ToDictionary(tr => tr.QuerySelector("th")!.TextContent, tr => tr.QuerySelectorAll("td").ToList());
        Assert.Equal(["/practices/pt-dissuasion-commissions"], rows["Decriminalisation"][1].QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("none yet", rows["Decriminalisation"][0].TextContent.Trim());
        // Both countries have opioid agonist treatment: Italy's prison programme, and the naloxone entry that names Portugal.
        Assert.Contains("/practices/it-prison-opioid-treatment", rows["Opioid agonist treatment"][0].QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("/practices/eu-naloxone-on-release", rows["Opioid agonist treatment"][1].QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        // A type neither country has is named once below the table, not as a row of empty cells.
        Assert.False(rows.ContainsKey("Drug treatment court"));
        Assert.Contains("Drug treatment court", page.QuerySelector("section[aria-labelledby=table-title] > p.muted")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "/countries#compare")]
    [InlineData("/fr", "/fr/countries#compare")]
    public async Task TheHomePageMapLeadsToTheCountryChooser(string prefix, string link)
    {
        var (_, _, home) = await Html.GetAsync(site.Client(), prefix + "/");
        var (_, _, countries) = await Html.GetAsync(site.Client(), link.Split('#')[0]);

        var chooser = home.QuerySelector($"a[href='{link}']")!;
        Assert.Equal(prefix == "" ? "Compare countries →" : "Comparer des pays →", chooser.TextContent);
        var form = countries.GetElementById("compare")!;
        Assert.Equal("form", form.LocalName);
        Assert.Equal(prefix + "/compare", form.GetAttribute("action"));
    }

    [Fact]
    public async Task TheCountriesOfACheckboxFormGiveTheSameComparisonAsACommaList()
    {
        var (_, _, fromForm) = await Html.GetAsync(site.Client(), "/compare?countries=IT&countries=pt");
        var (_, _, fromList) = await Html.GetAsync(site.Client(), "/compare?countries=IT,PT");

        Assert.Equal(fromList.QuerySelector("table.compare-table")!.OuterHtml, fromForm.QuerySelector("table.compare-table")!.OuterHtml);
    }

    [Fact]
    public async Task TheCountriesStayInTheOrderTheReaderChoseThem()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/compare?countries=PT&countries=IT&countries=CZ");

        Assert.Equal(["Portugal", "Italy", "Czechia"], page.QuerySelectorAll("table.compare-table thead th a[href^='/countries/']").Select(a => a.TextContent));
    }

    [Fact]
    public async Task TheNationalContextOfEachCountryStandsAboveTheTable()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/compare?countries=IT,PT,IE");

        var contexts = page.QuerySelectorAll(".compare-contexts .national-context").ToList();
        Assert.Equal(["National context: Italy", "National context: Portugal", "National context: Ireland"], contexts.Select(c => c.QuerySelector("h3")!.TextContent));
        Assert.Contains("administrative offence in Italy", contexts[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("This national context is written in Portuguese; no English version yet.", contexts[1].QuerySelector(".translation-note")!.TextContent);
        Assert.Contains("No national context for Ireland has been written yet.", contexts[2].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoreThanSixCountriesAreRefusedWithAClearMessageAndTheFirstSixShown()
    {
        var (response, _, page) = await Html.GetAsync(site.Client(), "/compare?countries=IT,PT,CZ,IE,FR,ES,DE,PL");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("You chose 8 countries; a comparison shows at most 6, so only the first 6 are shown.", page.QuerySelector(".notice")!.TextContent);
        Assert.Equal(6, page.QuerySelectorAll("table.compare-table thead th a[href^='/countries/']").Length);
        Assert.Null(page.QuerySelector("form.compare-add"));
    }

    [Fact]
    public async Task WhatIsNotACountryCodeIsNamedAndLeftOut()
    {
        var (response, _, page) = await Html.GetAsync(site.Client(), "/compare?countries=IT,XX,%3Cb%3E");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Not a country code, left out: XX, <b>.", page.QuerySelector(".notice")!.TextContent);
        Assert.Null(page.QuerySelector(".notice b"));
        Assert.Equal(["Italy"], page.QuerySelectorAll("table.compare-table thead th a[href^='/countries/']").Select(a => a.TextContent));
    }

    [Fact]
    public async Task WithNoCountryThePageOffersToChooseOne()
    {
        var (response, _, page) = await Html.GetAsync(site.Client(), "/compare");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("table.compare-table"));
        var form = page.QuerySelector("form.compare-add")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal(["CZ", "IE", "IT", "PT"], form.QuerySelectorAll("select[name=countries] option").Select(o => o.GetAttribute("value")).Order());
    }

    [Fact]
    public async Task AddingAndRemovingACountryArePlainLinksAndForms()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/compare?countries=IT,PT");

        var add = page.QuerySelector("form.compare-add")!;
        Assert.Equal(["IT", "PT"], add.QuerySelectorAll("input[type=hidden][name=countries]").Select(i => i.GetAttribute("value")));
        var removeItaly = page.QuerySelectorAll("a.remove").First();
        Assert.Equal("/compare?countries=PT", removeItaly.GetAttribute("href"));
    }

    [Fact]
    public async Task TheComparisonSpeaksTheReadersLanguage()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/fr/compare?countries=IT,PT");

        Assert.Equal("Comparaison : Italie, Portugal", page.QuerySelector("h1")!.TextContent);
        var decriminalisation = page.QuerySelectorAll("table.compare-table tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent == "Dépénalisation");
        Assert.Equal("aucune pour l'instant", decriminalisation.QuerySelector("td")!.TextContent.Trim());
        Assert.StartsWith("En Italie", page.QuerySelector(".national-context .context-body")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheComparisonIsPrintedOnLandscapeA4()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/compare?countries=IT,PT");
        var css = await site.Client().GetStringAsync(new Uri("/css/site.css", UriKind.Relative));

        Assert.NotNull(page.QuerySelector(".compare-page"));
        Assert.Contains("@page compare-landscape { size: A4 landscape;", css, StringComparison.Ordinal);
        Assert.Contains(".compare-page { page: compare-landscape; }", css, StringComparison.Ordinal);
    }
}
