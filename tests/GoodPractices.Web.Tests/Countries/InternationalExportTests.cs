using System.Text.Json;
using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Countries;

/// <summary>Exports carry what the corpus says about international entries and evaluation sources.</summary>
public sealed class InternationalExportTests(CountriesSite site) : IClassFixture<CountriesSite>
{
    [Fact]
    public async Task TheCsvExportGivesAnInternationalEntryNoCountryAndTheInternationalRegion()
    {
        var csv = await site.Client().GetStringAsync(new Uri("/export.csv?region=international", UriKind.Relative));

        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var header = lines[0].Split(',');
        var row = lines[1].Split(',');
        Assert.Equal("int-world-handbook", row[Array.IndexOf(header, "id")]);
        Assert.Equal("", row[Array.IndexOf(header, "countries")]);
        Assert.Equal("international", row[Array.IndexOf(header, "region")]);
        Assert.Equal("international", row[Array.IndexOf(header, "scope")]);
    }

    [Fact]
    public async Task ThePracticeApiSaysWhichSourceIsTheEvaluation()
    {
        using var json = JsonDocument.Parse(await site.Client().GetStringAsync(new Uri("/api/practices/it-prison-opioid-treatment", UriKind.Relative)));

        var sources = json.RootElement.GetProperty("sources").EnumerateArray().ToList();
        Assert.True(sources[0].GetProperty("evaluation").GetBoolean());
    }
}
