using System.Net;
using System.Text.Json;
using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Contribute;

public sealed class IdEndpointTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("/contribute/id?title=Casa%20Aurora%3A%20donne%20%C3%A8%20libert%C3%A0&countries=IT", "it-casa-aurora-donne-e-liberta")]
    [InlineData("/contribute/id?title=Cross-border%20exchange&countries=IT&countries=PT", "int-cross-border-exchange")]
    [InlineData("/fr/contribute/id?title=Drug%20liaison%20teams&countries=PT", "pt-drug-liaison-teams")]
    [InlineData("/contribute/id?title=%20%20&countries=PT", "")]
    public async Task TheFormsScriptGetsTheIdTheServerWouldMake(string address, string expected)
    {
        var response = await site.Client().GetAsync(new Uri(address, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(expected, answer.RootElement.GetProperty("id").GetString());
    }
}
