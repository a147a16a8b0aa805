using System.Net;
using System.Text.Json;
using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Api;

public sealed class SearchApiTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task TheSearchApiAnswersHitsFacetsPagingAndTheQueryAsUnderstood()
    {
        var (response, json) = await OpenData.GetJsonAsync(site.Client(), "/api/search?q=prison&country=IT");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("prison", json.GetProperty("query").GetProperty("text").GetString());
        Assert.Equal(["IT"], OpenData.Strings(json.GetProperty("query").GetProperty("filters").GetProperty("country")));
        Assert.True(json.GetProperty("totalHits").GetInt32() >= 2);
        Assert.Equal(1, json.GetProperty("page").GetInt32());
        Assert.Equal(20, json.GetProperty("pageSize").GetInt32());
        var hits = json.GetProperty("hits").EnumerateArray().ToList();
        Assert.All(hits, hit => Assert.StartsWith("it-", hit.GetProperty("id").GetString(), StringComparison.Ordinal));
        Assert.All(hits, hit => Assert.EndsWith("/practices/" + hit.GetProperty("id").GetString(), hit.GetProperty("url").GetString(), StringComparison.Ordinal));
        var country = json.GetProperty("facets").EnumerateArray().Single(f => f.GetProperty("dimension").GetString() == "country");
        Assert.Equal("Country", country.GetProperty("label").GetString());
        var italy = country.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("value").GetString() == "IT");
        Assert.Equal("Italy", italy.GetProperty("label").GetString());
        Assert.True(italy.GetProperty("selected").GetBoolean());
        Assert.Contains("/export.csv?q=prison&country=IT", json.GetProperty("links").GetProperty("csv").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnswerShowingResultsForACorrectionSaysWhichInTheQuery()
    {
        var (_, json) = await OpenData.GetJsonAsync(site.Client(), "/api/search?q=dissuasoin");

        Assert.Contains(json.GetProperty("notices").EnumerateArray(), n => n.GetProperty("kind").GetString() == "showingResultsFor");
        Assert.Equal("dissuasion", json.GetProperty("query").GetProperty("showingResultsFor").GetString());
    }

    [Fact]
    public async Task MostWordsAnswersNameEachHitsMissingWordsAndThePlacesRead()
    {
        var (_, json) = await OpenData.GetJsonAsync(site.Client(), "/api/search?q=naloxone+commissions+Italian");

        var hits = json.GetProperty("hits").EnumerateArray().ToList();
        Assert.Contains(hits, h => OpenData.Strings(h.GetProperty("missingWords")).Contains("commissions"));
        var place = Assert.Single(json.GetProperty("query").GetProperty("places").EnumerateArray());
        Assert.Equal("Italy", place.GetProperty("label").GetString());
        Assert.Contains("country=IT", place.GetProperty("only").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APlaceNoPracticeFoundIsFromHasNoFilterToFollow()
    {
        // The fixture has no practice from Spain; methadone is found in Italy's.
        var (_, json) = await OpenData.GetJsonAsync(site.Client(), "/api/search?q=methadone+Spain");

        Assert.NotEqual(0, json.GetProperty("totalHits").GetInt32());
        var place = Assert.Single(json.GetProperty("query").GetProperty("places").EnumerateArray());
        Assert.Equal("Spain", place.GetProperty("label").GetString());
        Assert.Equal(JsonValueKind.Null, place.GetProperty("only").ValueKind);
    }

    [Fact]
    public async Task APageSizeAboveTheMaximumIsClampedWithANotice()
    {
        var (response, json) = await OpenData.GetJsonAsync(site.Client(), "/api/search?pageSize=1000");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(100, json.GetProperty("pageSize").GetInt32());
        Assert.Equal(6, json.GetProperty("hits").GetArrayLength());
        Assert.Contains(json.GetProperty("notices").EnumerateArray(), n => n.GetProperty("kind").GetString() == "pageSizeAdjusted");
    }

    [Fact]
    public async Task PagingWalksThroughEveryHitOnce()
    {
        var (ids, total) = await OpenData.AllIdsAsync(site.Client(), "");

        Assert.Equal(6, total);
        Assert.Equal(6, ids.Distinct().Count());
    }

    [Fact]
    public async Task TheNextLinkLeadsToTheNextPage()
    {
        var (_, first) = await OpenData.GetJsonAsync(site.Client(), "/api/search?pageSize=4&sort=title");
        var next = new Uri(first.GetProperty("links").GetProperty("next").GetString()!).PathAndQuery;
        var (_, second) = await OpenData.GetJsonAsync(site.Client(), next);

        Assert.Equal(2, second.GetProperty("page").GetInt32());
        Assert.Equal(2, second.GetProperty("hits").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("links").GetProperty("next").ValueKind);
    }

    [Theory]
    [InlineData("/api/search?page=abc")]
    [InlineData("/api/search?page=99999999999999999999")]
    [InlineData("/api/search?from=abc&to=1990x")]
    [InlineData("/api/search?sort=loudest")]
    [InlineData("/api/search?country=XX&intervention=not-a-slug")]
    [InlineData("/api/search?q=%22unbalanced")]
    [InlineData("/api/search?q=drug%20AND%20(")]
    [InlineData("/api/search?pageSize=-5")]
    [InlineData("/api/search?pageSize=lots")]
    [InlineData("/api/search?pageSize=99999999999999999999")]
    public async Task AMalformedParameterIsAnsweredWithANoticeNeverAnError(string address)
    {
        var (response, json) = await OpenData.GetJsonAsync(site.Client(), address);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(json.GetProperty("notices").GetArrayLength() > 0, address);
    }

    [Fact]
    public async Task LabelsAndNoticesFollowTheRequestedLanguage()
    {
        var (_, json) = await OpenData.GetJsonAsync(site.Client(), "/fr/api/search?page=abc");

        Assert.Equal("fr", json.GetProperty("query").GetProperty("language").GetString());
        var country = json.GetProperty("facets").EnumerateArray().Single(f => f.GetProperty("dimension").GetString() == "country");
        Assert.Equal("Pays", country.GetProperty("label").GetString());
        Assert.StartsWith("Le numéro de page", json.GetProperty("notices")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WordsWidenedToTheirSynonymsAreNamedInTheRequestedLanguage()
    {
        var (_, json) = await OpenData.GetJsonAsync(site.Client(), "/fr/api/search?q=jail");

        var notice = json.GetProperty("notices").EnumerateArray()
            .Single(n => n.GetProperty("kind").GetString() == "includingSynonyms");
        Assert.StartsWith("Peu de pratiques", notice.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("jail: ", notice.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
