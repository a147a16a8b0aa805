using System.Net;
using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Api;

public sealed class PracticeApiTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task ThePracticeApiAnswersEveryFieldWithHtmlMarkdownAndTranslations()
    {
        var (response, json) = await OpenData.GetJsonAsync(site.Client(), "/api/practices/pt-dissuasion-commissions");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("pt-dissuasion-commissions", json.GetProperty("id").GetString());
        Assert.Equal("Commissions for the Dissuasion of Drug Addiction", json.GetProperty("title").GetString());
        Assert.Equal("Comissões para a Dissuasão da Toxicodependência", json.GetProperty("titleOriginal").GetString());
        Assert.Equal(["PT"], OpenData.Strings(json.GetProperty("countries")));
        Assert.Equal(["southern-europe"], OpenData.Strings(json.GetProperty("regions")));
        Assert.True(json.GetProperty("eu").GetBoolean());
        Assert.Equal("national", json.GetProperty("scope").GetString());
        Assert.Equal("SICAD", json.GetProperty("organisations")[0].GetProperty("name").GetString());
        Assert.Equal(2001, json.GetProperty("startYear").GetInt32());
        Assert.Equal("evaluated-outcomes", json.GetProperty("evidence").GetProperty("level").GetString());
        Assert.Equal("Promising", json.GetProperty("evidence").GetProperty("ratings")[0].GetProperty("rating").GetString());
        Assert.Equal(["tokyo-rules"], OpenData.Strings(json.GetProperty("unStandards")));
        Assert.Equal(2, json.GetProperty("sources").GetArrayLength());
        Assert.Equal(["ie-dublin-drug-treatment-court"], OpenData.Strings(json.GetProperty("related")));
        Assert.Equal("2026-10-01", json.GetProperty("lastReviewed").GetString());
        Assert.Equal(["en", "fr"], OpenData.Strings(json.GetProperty("languages")));
        Assert.StartsWith("## Context", json.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("<h2>Context</h2>", json.GetProperty("bodyHtml").GetString(), StringComparison.Ordinal);
        var french = json.GetProperty("translations").EnumerateArray().Single();
        Assert.Equal("fr", french.GetProperty("language").GetString());
        Assert.Equal("Commissions de dissuasion de la toxicomanie", french.GetProperty("title").GetString());
        Assert.Contains("<h2>", french.GetProperty("bodyHtml").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownPracticeIsANotFoundProblem()
    {
        var (response, json) = await OpenData.GetJsonAsync(site.Client(), "/api/practices/no-such-practice");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(404, json.GetProperty("status").GetInt32());
        Assert.Contains("no-such-practice", json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownApiAddressIsANotFoundProblemNotAPage()
    {
        var (response, json) = await OpenData.GetJsonAsync(site.Client(), "/api/nothing/here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("No such endpoint", json.GetProperty("title").GetString());
    }
}
