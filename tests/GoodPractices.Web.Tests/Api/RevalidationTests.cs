using System.Net;
using System.Net.Http.Headers;
using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Api;

public sealed class RevalidationTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("/api/search?q=prison")]
    [InlineData("/api/practices/it-prison-opioid-treatment")]
    [InlineData("/export.csv?country=PT")]
    [InlineData("/feed.atom?country=IT")]
    [InlineData("/practices/pt-dissuasion-commissions.bib")]
    public async Task AClientThatHasTheCurrentVersionIsAnsweredNotModified(string address)
    {
        var client = site.Client();
        var first = await client.GetAsync(new Uri(address, UriKind.Relative));
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri(address, UriKind.Relative));
        again.Headers.IfNoneMatch.Add(etag);
        var second = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ADifferentSearchHasADifferentETag()
    {
        var client = site.Client();
        var prison = await client.GetAsync(new Uri("/api/search?q=prison", UriKind.Relative));
        var court = await client.GetAsync(new Uri("/api/search?q=court", UriKind.Relative));

        Assert.NotEqual(prison.Headers.ETag, court.Headers.ETag);
    }

    [Fact]
    public async Task APracticeIsLastModifiedWhenItWasLastReviewed()
    {
        var client = site.Client();
        var first = await client.GetAsync(new Uri("/api/practices/pt-dissuasion-commissions", UriKind.Relative));
        Assert.Equal(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero), first.Content.Headers.LastModified);

        using var since = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/practices/pt-dissuasion-commissions", UriKind.Relative));
        since.Headers.IfModifiedSince = new DateTimeOffset(2026, 10, 2, 0, 0, 0, TimeSpan.Zero);
        var second = await client.SendAsync(since);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task AnOutdatedETagGetsTheWholeAnswer()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/taxonomy", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"an-old-version\""));

        var response = await site.Client().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
