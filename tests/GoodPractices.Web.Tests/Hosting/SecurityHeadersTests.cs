using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Hosting;

public sealed class SecurityHeadersTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task ThePolicyLetsTheSiteFetchFromItselfAndStillRunsOnlyItsOwnFiles()
    {
        var (response, _, _) = await Html.GetAsync(site.Client(), "/search");
        var policy = response.Headers.GetValues("Content-Security-Policy").Single().Split(';').Select(d => d.Trim()).ToList();

        Assert.Contains("connect-src 'self'", policy);
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("default-src 'none'", policy);
        Assert.DoesNotContain(policy, directive => directive.Contains("unsafe", StringComparison.Ordinal));
    }
}
