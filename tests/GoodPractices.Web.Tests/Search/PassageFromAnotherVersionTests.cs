using System.Text.Json;
using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Search;

/// <summary>
/// A practice found through another of its versions alone shows that version's passage, saying which: "seuil" is only
/// in the French version of the Portuguese dissuasion commissions (the English one says "threshold").
/// </summary>
public sealed class PassageFromAnotherVersionTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task TheCardShowsThePassageOfTheVersionThatHoldsTheWordAndNamesItsLanguage()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/search?q=seuil");

        var card = page.QuerySelectorAll("li.result").Single(li => li.QuerySelector("h2 a")!.GetAttribute("href") == "/practices/pt-dissuasion-commissions");
        Assert.Equal("Commissions for the Dissuasion of Drug Addiction", card.QuerySelector("h2")!.TextContent.Trim());
        var passage = card.QuerySelector(".snippet")!;
        Assert.Equal("fr", passage.GetAttribute("lang"));
        Assert.Equal("seuil", passage.QuerySelector("mark")!.TextContent);
        var version = passage.QuerySelector(".snippet-version")!;
        Assert.Equal("en", version.GetAttribute("lang"));
        Assert.Equal("From the version in Français:", version.TextContent.Trim());
    }

    [Fact]
    public async Task AReaderOfThatVersionSeesItsOwnPassageWithNothingSaid()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/fr/search?q=seuil");

        var card = page.QuerySelectorAll("li.result").Single(li => li.QuerySelector("h2 a")!.GetAttribute("href") == "/fr/practices/pt-dissuasion-commissions");
        var passage = card.QuerySelector(".snippet")!;
        Assert.Null(passage.GetAttribute("lang"));
        Assert.Null(passage.QuerySelector(".snippet-version"));
        Assert.Equal("seuil", passage.QuerySelector("mark")!.TextContent);
    }

    [Fact]
    public async Task TheApiGivesThePassagesLanguage()
    {
        var json = await site.Client().GetStringAsync("/api/search?q=seuil");
        var hit = JsonDocument.Parse(json).RootElement.GetProperty("hits").EnumerateArray()
            .Single(h => h.GetProperty("id").GetString() == "pt-dissuasion-commissions");

        Assert.Equal("en", hit.GetProperty("language").GetString());
        Assert.Equal("fr", hit.GetProperty("snippetLanguage").GetString());
        Assert.Contains("<mark>seuil</mark>", hit.GetProperty("snippetHtml").GetString(), StringComparison.Ordinal);

        var own = JsonDocument.Parse(await site.Client().GetStringAsync("/api/search?q=threshold")).RootElement.GetProperty("hits")[0];
        Assert.Equal(JsonValueKind.Null, own.GetProperty("snippetLanguage").ValueKind);
    }
}
