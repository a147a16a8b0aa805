using System.Net;
using GoodPractices.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GoodPractices.Web.Tests.Hosting;

/// <summary>HEAD, OPTIONS and methods no resource takes, answered as HTTP says, with nothing in the log.</summary>
public sealed class HttpSemanticsTests : IDisposable
{
    private readonly LogCollector _log = new();
    private readonly SiteFactory _site;
    private readonly HttpClient _client;

    public HttpSemanticsTests()
    {
        _site = new SiteFactory().WithServices(s => s.AddSingleton<ILoggerProvider>(_log));
        _client = _site.Client();
    }

    public void Dispose() => _site.Dispose();

    public static TheoryData<string> EveryKindOfAddress() =>
    [
        "/", "/search?q=prison", "/practices/ie-dublin-drug-treatment-court", "/countries/IE", "/browse", "/contribute", "/developers",
        "/api/search?q=prison", "/api/practices/ie-dublin-drug-treatment-court", "/api/taxonomy", "/api/countries", "/api/suggest?q=pri",
        "/export.csv?q=prison", "/export.jsonl", "/data/practices.json", "/feed.atom", "/feed.xml", "/sitemap.xml", "/robots.txt",
        "/openapi/v1.json", "/practices/ie-dublin-drug-treatment-court.bib", "/practices/ie-dublin-drug-treatment-court.ris",
        "/practices/ie-dublin-drug-treatment-court.json", "/healthz", "/fr/search", "/no-such-page", "/api/no-such-endpoint",
    ];

    [Theory]
    [MemberData(nameof(EveryKindOfAddress))]
    public async Task HeadAnswersAsGetDoesWithTheSameStatusAndHeadersAndNoBody(string address)
    {
        using var get = await _client.GetAsync(new Uri(address, UriKind.Relative));
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(address, UriKind.Relative)));

        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.ToString(), head.Content.Headers.ContentType?.ToString());
        foreach (var name in new[] { "ETag", "Last-Modified", "X-Total-Count", "X-Index-Version", "Content-Disposition", "Cache-Control", "Allow" })
        {
            Assert.Equal(Header(get, name), Header(head, name));
        }
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        if (get.StatusCode == HttpStatusCode.OK) Assert.NotEmpty(await get.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("TRACE", "/", "GET, HEAD")]
    [InlineData("TRACE", "/search", "GET, HEAD")]
    [InlineData("DELETE", "/practices/ie-dublin-drug-treatment-court", "GET, HEAD")]
    [InlineData("POST", "/search", "GET, HEAD")]
    [InlineData("PUT", "/contribute", "GET, HEAD, POST")]
    [InlineData("PUT", "/api/search", "GET, HEAD")]
    [InlineData("POST", "/api/search", "GET, HEAD")]
    [InlineData("TRACE", "/export.csv", "GET, HEAD")]
    [InlineData("PATCH", "/fr/countries/IE", "GET, HEAD")]
    public async Task AMethodTheResourceDoesNotTakeIs405WithAllowAndNothingInTheLog(string method, string address, string allow)
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(address, UriKind.Relative)));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(allow, string.Join(", ", response.Content.Headers.Allow));
        Assert.DoesNotContain(_log.Lines, l => l.Level >= LogLevel.Warning && l.Category != "GoodPractices.Web");
    }

    [Theory]
    [InlineData("OPTIONS")]
    [InlineData("TRACE")]
    [InlineData("DELETE")]
    public async Task AnyMethodButGetAndPostOnAnAddressThatDoesNotExistIs404(string method)
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri("/no/such/page", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task OptionsOnAPageSaysWhichMethodsItTakes()
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Options, new Uri("/contribute", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("GET, HEAD, POST", string.Join(", ", response.Content.Headers.Allow));
    }

    [Fact]
    public async Task ABrowserMayStillAskWhetherAnotherSiteCanReadTheOpenData()
    {
        var request = new HttpRequestMessage(HttpMethod.Options, new Uri("/api/search?q=prison", UriKind.Relative));
        request.Headers.Add("Origin", "https://elsewhere.example");
        request.Headers.Add("Access-Control-Request-Method", "GET");

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task ABodyOverTheFormsLimitIs413WithAPageThatSaysSo()
    {
        using var content = new ByteArrayContent(new byte[3 * 1024 * 1024]);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");

        using var response = await _client.PostAsync(new Uri("/contribute", UriKind.Relative), content);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("What you sent is too large", page.QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData(3 * 1024 * 1024, HttpStatusCode.RequestEntityTooLarge)]
    [InlineData(1024, HttpStatusCode.BadRequest)] // read whole, then refused for its missing antiforgery token as any post
    public async Task ABodySentWithoutItsLengthIsMeasuredAsItArrives(int size, HttpStatusCode expected)
    {
        // A stream of unknown length is sent chunked, with no Content-Length to refuse it by.
        using var content = new StreamContent(new UnseekableStream(new byte[size]));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");

        using var response = await _client.PostAsync(new Uri("/contribute", UriKind.Relative), content);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.RequestEntityTooLarge)
        {
            var page = Html.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal("What you sent is too large", page.QuerySelector("h1")!.TextContent);
        }
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    [Fact]
    public async Task AnAddressLongerThanTheSiteReadsIs414WithAPageThatSaysSo()
    {
        var (response, _, page) = await Html.GetAsync(_client, "/search?q=" + new string('a', 70_000));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Equal("This address is too long", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task ALongQueryUnderTheLimitIsStillSearched()
    {
        var (response, _, _) = await Html.GetAsync(_client, "/search?q=" + new string('a', 20_000));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values)
            : null;
}
