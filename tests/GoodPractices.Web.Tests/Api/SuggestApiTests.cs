using System.Net.Http.Json;
using GoodPractices.Web.Api;
using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Api;

public sealed class SuggestApiTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private async Task<SuggestResponse> Suggest(string q) =>
        (await site.Client().GetFromJsonAsync<SuggestResponse>(new Uri("/api/suggest?q=" + Uri.EscapeDataString(q), UriKind.Relative)))!;

    [Fact]
    public async Task APrefixCompletesToTitlesAndCountriesThatPracticesUse()
    {
        var response = await Suggest("dub");

        Assert.Contains(response.Suggestions, s => s.StartsWith("Dublin", StringComparison.OrdinalIgnoreCase));
        Assert.True(response.Suggestions.Count <= ApiHandlers.MaxSuggestions);
    }

    [Fact]
    public async Task ACountryNameIsCompleted() =>
        Assert.Contains("Portugal", (await Suggest("portu")).Suggestions);

    [Theory]
    [InlineData("/api/suggest?q=therap", "Therapeutic community", "Communauté thérapeutique")]
    [InlineData("/fr/api/suggest?q=commun", "Communauté thérapeutique", "Therapeutic community")]
    public async Task SuggestionsAreInTheReadersInterfaceLanguageOnly(string path, string expected, string otherLanguage)
    {
        var response = (await site.Client().GetFromJsonAsync<SuggestResponse>(new Uri(path, UriKind.Relative)))!;

        Assert.Contains(expected, response.Suggestions);
        Assert.DoesNotContain(otherLanguage, response.Suggestions);
    }

    [Theory]
    [InlineData("")]
    [InlineData("p")]
    public async Task TooShortAPrefixGivesNoSuggestionsRatherThanAnError(string q) =>
        Assert.Empty((await Suggest(q)).Suggestions);

    [Fact]
    public async Task TheOpenApiDocumentListsTheSuggestEndpoint()
    {
        var document = await site.Client().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Contains("\"/api/suggest\"", document, StringComparison.Ordinal);
    }
}
