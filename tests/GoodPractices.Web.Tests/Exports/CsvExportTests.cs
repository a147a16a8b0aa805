using System.Globalization;
using System.Net;
using System.Text.Json;
using CsvHelper;
using GoodPractices.Web.Tests.Api;
using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Exports;

public sealed class CsvExportTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static readonly string[] Columns =
    [
        "id", "url", "title", "summary", "countries", "region", "scope", "organisations", "start_year", "end_year", "status",
        "intervention_types", "justice_stages", "settings", "target_groups", "evidence_level", "outcomes", "languages", "sources",
        "last_reviewed",
    ];

    [Theory]
    [InlineData("")]
    [InlineData("?q=prison")]
    [InlineData("?q=prison&sort=title")]
    [InlineData("?intervention=opioid-agonist-treatment&intervention=family-support")]
    [InlineData("?country=XX")]
    public async Task TheCsvHoldsEveryPracticeTheSearchFindsInItsOrder(string queryString)
    {
        var client = site.Client();
        var (ids, total) = await OpenData.AllIdsAsync(client, queryString);

        var rows = await ReadAsync(client, "/export.csv" + queryString);

        Assert.Equal(total, rows.Count);
        Assert.Equal(ids, rows.Select(r => r["id"]).ToList());
    }

    [Fact]
    public async Task TheCsvIsUtf8WithAByteOrderMarkAHeaderRowAndAMeaningfulFileName()
    {
        var response = await site.Client().GetAsync(new Uri("/export.csv?q=prison&country=IT", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith(string.Join(',', Columns) + "\r\n", System.Text.Encoding.UTF8.GetString(bytes[3..]), StringComparison.Ordinal);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Matches(@"^goodpractices-prison-it-\d{4}-\d{2}-\d{2}\.csv$", disposition.FileNameStar ?? disposition.FileName!.Trim('"'));
    }

    [Fact]
    public async Task MultiValuedFieldsSplitBackIntoTheirValues()
    {
        var rows = await ReadAsync(site.Client(), "/export.csv?country=CZ");

        var naloxone = Assert.Single(rows);
        Assert.Equal("eu-naloxone-on-release", naloxone["id"]);
        Assert.Equal(["CZ", "PT"], naloxone["countries"].Split("; "));
        Assert.Equal(["overdose-prevention-naloxone", "opioid-agonist-treatment"], naloxone["intervention_types"].Split("; "));
        Assert.Equal("Take-home naloxone for people leaving prison", naloxone["title"]);
        Assert.Equal("2026-05-05", naloxone["last_reviewed"]);
    }

    [Fact]
    public async Task QuotesCommasAndLineBreaksSurviveTheRoundTrip()
    {
        var rows = await ReadAsync(site.Client(), "/export.csv?country=PT&sort=title");

        var commissions = rows.Single(r => r["id"] == "pt-dissuasion-commissions");
        Assert.StartsWith("Possession of drugs for personal use is an administrative offence; regional", commissions["summary"], StringComparison.Ordinal);
        Assert.Equal(["SICAD", "Regional dissuasion commissions"], commissions["organisations"].Split('\n'));
        Assert.Equal(["en", "fr"], commissions["languages"].Split("; "));
        Assert.Equal(2, commissions["sources"].Split('\n').Length);
    }

    [Fact]
    public async Task EveryFieldOfEveryRowReadsBackAsTheApiGivesIt()
    {
        var client = site.Client();
        var rows = await ReadAsync(client, "/export.csv");

        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var (_, practice) = await OpenData.GetJsonAsync(client, "/api/practices/" + row["id"]);
            var english = practice.GetProperty("translations").EnumerateArray().FirstOrDefault(t => t.GetProperty("language").GetString() == "en");
            var text = practice.GetProperty("language").GetString() == "en" || english.ValueKind == JsonValueKind.Undefined ? practice : english;

            Assert.Equal(practice.GetProperty("url").GetString(), row["url"]);
            Assert.Equal(text.GetProperty("title").GetString(), row["title"]);
            Assert.Equal(text.GetProperty("summary").GetString(), row["summary"]);
            Assert.Equal(OpenData.Strings(practice.GetProperty("countries")), List(row["countries"]));
            Assert.Equal(OpenData.Strings(practice.GetProperty("regions")), List(row["region"]));
            Assert.Equal(practice.GetProperty("scope").GetString(), row["scope"]);
            Assert.Equal(practice.GetProperty("organisations").EnumerateArray().Select(o => o.GetProperty("name").GetString()!).ToList(), Lines(row["organisations"]));
            Assert.Equal(practice.GetProperty("startYear").GetInt32().ToString(CultureInfo.InvariantCulture), row["start_year"]);
            Assert.Equal(practice.GetProperty("endYear") is { ValueKind: JsonValueKind.Number } end ? end.GetInt32().ToString(CultureInfo.InvariantCulture) : "", row["end_year"]);
            Assert.Equal(practice.GetProperty("status").GetString(), row["status"]);
            Assert.Equal(OpenData.Strings(practice.GetProperty("interventionTypes")), List(row["intervention_types"]));
            Assert.Equal(OpenData.Strings(practice.GetProperty("justiceStages")), List(row["justice_stages"]));
            Assert.Equal(OpenData.Strings(practice.GetProperty("settings")), List(row["settings"]));
            Assert.Equal(OpenData.Strings(practice.GetProperty("targetGroups")), List(row["target_groups"]));
            Assert.Equal(practice.GetProperty("evidence").GetProperty("level").GetString(), row["evidence_level"]);
            Assert.Equal(OpenData.Strings(practice.GetProperty("evidence").GetProperty("outcomes")), List(row["outcomes"]));
            Assert.Equal(OpenData.Strings(practice.GetProperty("languages")), List(row["languages"]));
            Assert.Equal(practice.GetProperty("lastReviewed").GetString(), row["last_reviewed"]);
            var sources = practice.GetProperty("sources").EnumerateArray().ToList();
            var cells = Lines(row["sources"]);
            Assert.Equal(sources.Count, cells.Count);
            foreach (var (source, cell) in sources.Zip(cells))
            {
                Assert.Contains(source.GetProperty("title").GetString()!, cell, StringComparison.Ordinal);
                if (source.GetProperty("url") is { ValueKind: JsonValueKind.String } url) Assert.EndsWith(". " + url.GetString(), cell, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task SemicolonsInsideAValueAreKept()
    {
        var rows = await ReadAsync(site.Client(), "/export.csv?country=IT");

        var community = rows.Single(r => r["id"] == "it-prison-therapeutic-community");
        Assert.Contains(Lines(community["sources"]), s => s.EndsWith("Legge 21 aprile 2011, n. 62; a fixture law, with a semicolon. https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2011-04-21;62", StringComparison.Ordinal));
    }

    private static List<string> List(string cell) => cell.Length == 0 ? [] : [.. cell.Split("; ")];

    private static List<string> Lines(string cell) => cell.Length == 0 ? [] : [.. cell.Split('\n')];

    private static async Task<List<Dictionary<string, string>>> ReadAsync(HttpClient client, string address)
    {
        var response = await client.GetAsync(new Uri(address, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var body = await response.Content.ReadAsStreamAsync();
        using var csv = CsvReader.Create(body, null, false);
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            Assert.Equal(Columns, csv.Headers);
            rows.Add(Columns.ToDictionary(column => column, column => csv.GetString(column)));
        }
        return rows;
    }
}
