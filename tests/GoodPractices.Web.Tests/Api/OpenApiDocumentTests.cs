using System.Net;
using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Api;

public sealed class OpenApiDocumentTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task TheOpenApiDocumentListsEveryOpenDataEndpointAndNothingElse()
    {
        var (response, json) = await OpenData.GetJsonAsync(site.Client(), "/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = json.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            [
                "/api/countries", "/api/practices/{id}", "/api/search", "/api/suggest", "/api/taxonomy", "/data/practices.json", "/export.csv",
                "/export.jsonl", "/feed.atom", "/feed.xml", "/practices/{id}.bib", "/practices/{id}.json", "/practices/{id}.ris",
            ],
            paths);
    }

    [Fact]
    public async Task TheSearchEndpointsDocumentTheSearchPageParameters()
    {
        var (_, json) = await OpenData.GetJsonAsync(site.Client(), "/openapi/v1.json");

        var parameters = json.GetProperty("paths").GetProperty("/api/search").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("q", parameters);
        Assert.Contains("country", parameters);
        Assert.Contains("evidence", parameters);
        Assert.Contains("pageSize", parameters);
        var export = json.GetProperty("paths").GetProperty("/export.csv").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("intervention", export);
        Assert.DoesNotContain("page", export);
    }
}
