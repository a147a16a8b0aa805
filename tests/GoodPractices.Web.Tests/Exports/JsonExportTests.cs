using System.Net;
using System.Text.Json;
using GoodPractices.Web.Tests.Api;
using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Exports;

public sealed class JsonExportTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task TheJsonLinesExportHasOnePracticeObjectALineForEveryMatch()
    {
        var client = site.Client();
        var (ids, total) = await OpenData.AllIdsAsync(client, "?q=prison");

        var response = await client.GetAsync(new Uri("/export.jsonl?q=prison", UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/jsonl", response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".jsonl", response.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);
        Assert.Equal(total, lines.Length);
        var objects = lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.All(objects, o => Assert.Equal(JsonValueKind.Object, o.ValueKind));
        Assert.Equal(ids, objects.Select(o => o.GetProperty("id").GetString()!).ToList());
        Assert.All(objects, o => Assert.False(string.IsNullOrEmpty(o.GetProperty("body").GetString())));
    }

    [Fact]
    public async Task TheWholeCorpusDownloadStatesItsLicenceAndIndexVersion()
    {
        var (response, json) = await OpenData.GetJsonAsync(site.Client(), "/data/practices.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("CC-BY-4.0", json.GetProperty("licence").GetProperty("id").GetString());
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", json.GetProperty("licence").GetProperty("url").GetString());
        Assert.Equal(Assert.Single(response.Headers.GetValues("X-Index-Version")), json.GetProperty("indexVersion").GetString());
        Assert.Equal(6, json.GetProperty("practiceCount").GetInt32());
        var practices = json.GetProperty("practices").EnumerateArray().ToList();
        Assert.Equal(6, practices.Count);
        Assert.Single(practices.Single(p => p.GetProperty("id").GetString() == "pt-dissuasion-commissions").GetProperty("translations").EnumerateArray());
    }
}
