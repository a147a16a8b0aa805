using System.Net;
using GoodPractices.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GoodPractices.Web.Tests.Errors;

public sealed class ErrorPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("/no/such/page")]
    [InlineData("/practices/")]
    [InlineData("/search/more")]
    public async Task AnUnknownAddressIsANotFoundPageThatHelpsTheReaderOn(string address)
    {
        var (response, _, page) = await Html.GetAsync(site.Client(), address);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found · GoodPractices", page.Title);
        Assert.NotNull(page.QuerySelector("form[role=search]"));
    }

    [Fact]
    public async Task TheErrorPageSaysSomethingWentWrongWithoutAnyDetail()
    {
        var (response, body, _) = await Html.GetAsync(site.Client(), "/errors/500");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Something went wrong", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExceptionIsLoggedAndNeverShownToTheReader()
    {
        await using var broken = new SiteFactory().WithServices(services =>
            services.AddSingleton<GoodPractices.Core.Rendering.MarkdownRenderer>(_ =>
                throw new InvalidOperationException("secret-detail-from-a-broken-machine")));

        var (response, body, page) = await Html.GetAsync(broken.Client(), "/practices/pt-dissuasion-commissions");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Something went wrong · GoodPractices", page.Title);
        Assert.DoesNotContain("secret-detail", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
    }
}
