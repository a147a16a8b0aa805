using System.Net;
using GoodPractices.Web.Tests.Countries;

namespace GoodPractices.Web.Tests.Compare;

/// <summary>/compare.csv: the comparison as a spreadsheet of the same shape as the page.</summary>
public sealed class CompareCsvTests(CountriesSite site) : IClassFixture<CountriesSite>
{
    [Fact]
    public async Task TheCsvHasOneRowATypeAndOneColumnACountry()
    {
        var response = await site.Client().GetAsync(new Uri("/compare.csv?countries=IT,PT", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("compare-it-pt.csv", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("intervention_type,Intervention type,Italy (IT),Portugal (PT)", lines[0]);
        var decriminalisation = lines.Single(l => l.StartsWith("decriminalisation,", StringComparison.Ordinal));
        Assert.StartsWith("decriminalisation,Decriminalisation,none yet,Commissions for the Dissuasion of Drug Addiction <http://", decriminalisation, StringComparison.Ordinal);
        Assert.EndsWith("/practices/pt-dissuasion-commissions>", decriminalisation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCsvNamesTheCountriesInTheReadersLanguage()
    {
        var csv = await site.Client().GetStringAsync(new Uri("/fr/compare.csv?countries=IT", UriKind.Relative));

        Assert.StartsWith("intervention_type,Type d'intervention,Italie (IT)", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/compare.csv")]
    [InlineData("/compare.csv?countries=XX")]
    [InlineData("/compare.csv?countries=IT,PT,CZ,IE,FR,ES,DE")]
    public async Task ACsvThatCannotBeMadeSaysWhyInsteadOfFailing(string url)
    {
        var response = await site.Client().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("countr", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
