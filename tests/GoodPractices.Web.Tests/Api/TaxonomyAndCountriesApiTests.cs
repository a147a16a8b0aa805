using System.Net;
using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Api;

public sealed class TaxonomyAndCountriesApiTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task TheTaxonomyGivesEveryTermALabelAndDescriptionInEveryLanguage()
    {
        var (response, json) = await OpenData.GetJsonAsync(site.Client(), "/api/taxonomy");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var interventions = json.GetProperty("vocabularies").EnumerateArray().Single(v => v.GetProperty("key").GetString() == "intervention_types");
        var court = interventions.GetProperty("terms").EnumerateArray().Single(t => t.GetProperty("slug").GetString() == "drug-treatment-court");
        foreach (var language in new[] { "en", "fr", "it", "pt", "cs" })
        {
            Assert.False(string.IsNullOrWhiteSpace(court.GetProperty("label").GetProperty(language).GetString()));
            Assert.False(string.IsNullOrWhiteSpace(court.GetProperty("description").GetProperty(language).GetString()));
        }
        Assert.Contains(json.GetProperty("dimensions").EnumerateArray(), d => d.GetProperty("name").GetString() == "intervention"
            && d.GetProperty("vocabulary").GetString() == "intervention_types");
    }

    [Fact]
    public async Task CountriesCarryTheirNamesRegionMembershipAndPracticeCount()
    {
        var (response, json) = await OpenData.GetJsonAsync(site.Client(), "/api/countries");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var countries = json.EnumerateArray().ToDictionary(c => c.GetProperty("code").GetString()!);
        Assert.Equal(3, countries["IT"].GetProperty("practiceCount").GetInt32());
        Assert.Equal(2, countries["PT"].GetProperty("practiceCount").GetInt32());
        Assert.Equal(0, countries["FR"].GetProperty("practiceCount").GetInt32());
        Assert.Equal("Italie", countries["IT"].GetProperty("name").GetProperty("fr").GetString());
        Assert.Equal("southern-europe", countries["IT"].GetProperty("region").GetString());
        Assert.True(countries["IT"].GetProperty("eu").GetBoolean());
        Assert.EndsWith("/feed.atom?country=IT", countries["IT"].GetProperty("feedUrl").GetString(), StringComparison.Ordinal);
    }
}
