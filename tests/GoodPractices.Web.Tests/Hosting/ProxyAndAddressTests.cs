using System.Net;
using System.Text.Json;
using GoodPractices.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GoodPractices.Web.Tests.Hosting;

/// <summary>Behind a reverse proxy and under a public name: who the client is, and which host links are written with.</summary>
public sealed class ProxyAndAddressTests
{
    private static readonly IPAddress Proxy = IPAddress.Parse("10.0.0.5");

    [Fact]
    public async Task BehindATrustedProxyEachClientHasItsOwnLimit()
    {
        using var site = Limited(new SiteFactory(), ("GoodPractices:TrustedProxies:0", "10.0.0.5"));

        Assert.Equal(HttpStatusCode.OK, await Get(site, "/api/taxonomy", Proxy, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.OK, await Get(site, "/api/taxonomy", Proxy, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await Get(site, "/api/taxonomy", Proxy, "203.0.113.1"));

        // Another client behind the same proxy is not locked out by the first.
        Assert.Equal(HttpStatusCode.OK, await Get(site, "/api/taxonomy", Proxy, "203.0.113.2"));
    }

    [Fact]
    public async Task AClientCannotEscapeItsLimitByNamingAnotherAddressItself()
    {
        // No proxy trusted: X-Forwarded-For is the client's own claim, and is ignored.
        using var site = Limited(new SiteFactory());
        var client = IPAddress.Parse("198.51.100.7");

        Assert.Equal(HttpStatusCode.OK, await Get(site, "/api/taxonomy", client, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.OK, await Get(site, "/api/taxonomy", client, "203.0.113.2"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await Get(site, "/api/taxonomy", client, "203.0.113.3"));
    }

    [Fact]
    public async Task AClientCannotEscapeItsLimitThroughAnUntrustedProxy()
    {
        using var site = Limited(new SiteFactory(), ("GoodPractices:TrustedProxies:0", "10.0.0.0/24"));
        var elsewhere = IPAddress.Parse("192.0.2.9");

        Assert.Equal(HttpStatusCode.OK, await Get(site, "/api/taxonomy", elsewhere, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.OK, await Get(site, "/api/taxonomy", elsewhere, "203.0.113.2"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await Get(site, "/api/taxonomy", elsewhere, "203.0.113.3"));
    }

    [Fact]
    public async Task TheFrameworksOwnSwitchForForwardedHeadersWorks()
    {
        // ASPNETCORE_FORWARDEDHEADERS_ENABLED=true, as a container behind a proxy sets it.
        using var site = Limited(new SiteFactory(), ("FORWARDEDHEADERS_ENABLED", "true"));

        Assert.Equal(HttpStatusCode.OK, await Get(site, "/api/taxonomy", Proxy, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.OK, await Get(site, "/api/taxonomy", Proxy, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await Get(site, "/api/taxonomy", Proxy, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.OK, await Get(site, "/api/taxonomy", Proxy, "203.0.113.2"));
    }

    [Fact]
    public async Task AClientOverTheLimitCanStillDownloadTheCorpusItIsPointedTo()
    {
        using var site = Limited(new SiteFactory());
        var client = IPAddress.Parse("198.51.100.7");
        Assert.Equal(HttpStatusCode.OK, await Get(site, "/api/taxonomy", client, null));
        Assert.Equal(HttpStatusCode.OK, await Get(site, "/api/taxonomy", client, null));

        var refused = await Send(site, "/api/taxonomy", client, null);
        using var problem = JsonDocument.Parse(await new StreamReader(refused.Response.Body).ReadToEndAsync());
        Assert.Contains("/data/practices.json", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, await Get(site, "/data/practices.json", client, null));
    }

    [Fact]
    public async Task TheCorpusDownloadHasALimitOfItsOwnThatDoesNotPointToItself()
    {
        using var site = Limited(new SiteFactory(), ("GoodPractices:OpenData:CorpusDownloadPermits", "1"));
        var client = IPAddress.Parse("198.51.100.7");
        Assert.Equal(HttpStatusCode.OK, await Get(site, "/data/practices.json", client, null));

        var refused = await Send(site, "/data/practices.json", client, null);

        Assert.Equal(StatusCodes.Status429TooManyRequests, refused.Response.StatusCode);
        using var problem = JsonDocument.Parse(await new StreamReader(refused.Response.Body).ReadToEndAsync());
        Assert.DoesNotContain("/data/practices.json", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/practices/ie-dublin-drug-treatment-court")]
    [InlineData("/search?q=prison")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/feed.atom")]
    [InlineData("/feed.xml")]
    [InlineData("/api/search?q=prison")]
    [InlineData("/api/practices/ie-dublin-drug-treatment-court")]
    [InlineData("/export.csv")]
    [InlineData("/export.jsonl")]
    [InlineData("/data/practices.json")]
    [InlineData("/practices/ie-dublin-drug-treatment-court.bib")]
    [InlineData("/practices/ie-dublin-drug-treatment-court.ris")]
    [InlineData("/practices/ie-dublin-drug-treatment-court.json")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/fr/practices/ie-dublin-drug-treatment-court")]
    public async Task WithAPublicAddressTheHostHeaderNeverAppearsInAnAnswer(string address)
    {
        using var site = new SiteFactory();
        var named = site.WithWebHostBuilder(b => b.UseSetting("GoodPractices:PublicUrl", "https://goodpractices.example.org"));
        var client = named.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://attacker.example"), AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri(address, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("attacker.example", body + response.Headers + response.Content.Headers, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("https://goodpractices.example.org", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAPublicAddressProductionWarnsAtStartUp()
    {
        var log = new LogCollector();
        using var site = new SiteFactory().WithServices(s => s.AddSingleton<ILoggerProvider>(log));

        await site.Client().GetAsync(new Uri("/healthz", UriKind.Relative));

        var warning = Assert.Single(log.Lines, l => l.Message.Contains("GoodPractices:PublicUrl is not set", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, warning.Level);
    }

    [Fact]
    public async Task WithAPublicAddressThereIsNoWarning()
    {
        var log = new LogCollector();
        using var site = new SiteFactory().WithServices(s => s.AddSingleton<ILoggerProvider>(log));
        var named = site.WithWebHostBuilder(b => b.UseSetting("GoodPractices:PublicUrl", "https://goodpractices.example.org"));

        await named.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.DoesNotContain(log.Lines, l => l.Message.Contains("PublicUrl", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProductionSendsHstsOverHttpsAndNeverNamesTheServer()
    {
        using var site = new SiteFactory();
        var named = site.WithWebHostBuilder(b => b.UseSetting("GoodPractices:PublicUrl", "https://goodpractices.example.org"));

        using var response = await named.CreateClient().GetAsync(new Uri("/", UriKind.Relative));

        Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"));
    }

    private static WebApplicationFactory<Program> Limited(SiteFactory site, params (string Key, string Value)[] settings) =>
        site.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("GoodPractices:OpenData:RateLimitPermits", "2");
            builder.UseSetting("GoodPractices:OpenData:RateLimitWindow", "00:10:00");
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
        });

    private static async Task<HttpStatusCode> Get(WebApplicationFactory<Program> site, string path, IPAddress from, string? forwardedFor) =>
        (HttpStatusCode)(await Send(site, path, from, forwardedFor)).Response.StatusCode;

    private static Task<HttpContext> Send(WebApplicationFactory<Program> site, string path, IPAddress from, string? forwardedFor) =>
        site.Server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Get;
            context.Request.Path = path;
            context.Connection.RemoteIpAddress = from;
            if (forwardedFor is not null) context.Request.Headers["X-Forwarded-For"] = forwardedFor;
        });
}
