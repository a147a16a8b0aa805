using System.Text.Json;
using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Search;

/// <summary>
/// A practice whose text holds none of the words says which of its tags found it: Italian "pena" is only in the labels
/// of the Dublin drug treatment court's justice stage ("Determinazione della pena") and intervention type.
/// </summary>
public sealed class FoundThroughTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("/search?q=pena", "/practices/ie-dublin-drug-treatment-court", "en", "Found by its classification: Sentencing, Drug treatment court")]
    [InlineData("/fr/search?q=pena", "/fr/practices/ie-dublin-drug-treatment-court", "fr", "Trouvée par son classement : Prononcé de la peine, Tribunal de traitement de la toxicomanie")]
    public async Task TheCardNamesTheTagsThatFoundItInTheReadersLanguage(string url, string practice, string language, string sentence)
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), url);

        var card = page.QuerySelectorAll("li.result").Single(li => li.QuerySelector("h2 a")!.GetAttribute("href") == practice);
        Assert.Null(card.QuerySelector(".snippet mark"));
        var found = card.QuerySelector(".found-through")!;
        Assert.Equal(language, found.GetAttribute("lang"));
        Assert.Equal(sentence, found.TextContent.Trim());
    }

    [Fact]
    public async Task ACardWhoseTextShowsTheWordsNamesNoTag()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/search?q=sentencing");

        Assert.NotEmpty(page.QuerySelectorAll(".snippet mark"));
        Assert.Empty(page.QuerySelectorAll(".found-through"));
    }

    [Fact]
    public async Task TheTitleMarksTheWordsItHoldsOnThePageAndInTheApi()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/search?q=naloxone+prisons");
        var json = await site.Client().GetStringAsync("/api/search?q=naloxone+prisons");

        var link = page.QuerySelectorAll("li.result h2 a").Single(a => a.GetAttribute("href") == "/practices/eu-naloxone-on-release");
        Assert.Equal("Take-home naloxone for people leaving prison", link.TextContent);
        Assert.Equal(["naloxone", "prison"], link.QuerySelectorAll("mark").Select(m => m.TextContent));
        var hit = JsonDocument.Parse(json).RootElement.GetProperty("hits").EnumerateArray()
            .Single(h => h.GetProperty("id").GetString() == "eu-naloxone-on-release");
        Assert.Equal("Take-home <mark>naloxone</mark> for people leaving <mark>prison</mark>", hit.GetProperty("titleHtml").GetString());
    }

    [Fact]
    public async Task TheApiGivesEachTagWithItsLabel()
    {
        var json = await site.Client().GetStringAsync("/api/search?q=pena&lang=fr");
        var hit = JsonDocument.Parse(json).RootElement.GetProperty("hits").EnumerateArray()
            .Single(h => h.GetProperty("id").GetString() == "ie-dublin-drug-treatment-court");

        var tags = hit.GetProperty("foundThrough").EnumerateArray()
            .Select(t => (t.GetProperty("dimension").GetString(), t.GetProperty("value").GetString(), t.GetProperty("label").GetString())).ToList();
        Assert.Equal([("stage", "sentencing", "Prononcé de la peine"), ("intervention", "drug-treatment-court", "Tribunal de traitement de la toxicomanie")], tags);
    }
}
