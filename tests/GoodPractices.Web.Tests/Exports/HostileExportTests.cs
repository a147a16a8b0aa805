using System.Net;
using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Exports;

public sealed class HostileExportTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    public static TheoryData<string> Addresses
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var endpoint in new[] { "/export.csv", "/export.jsonl", "/feed.atom" })
            {
                foreach (var query in new[]
                {
                    "?q=%22unbalanced", "?q=drug%20AND%20(", "?q=%", "?page=abc", "?from=abc&to=1990x", "?from=2020&to=2001",
                    "?sort=loudest", "?country=XX", "?intervention=not-a-slug", "?nonsense=1&country=",
                    "?q=" + string.Join("+", Enumerable.Repeat("prison", 3000)),
                })
                {
                    data.Add(endpoint + query);
                }
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task AnythingTypedIntoAnExportOrFeedAddressIsStillAnswered(string address)
    {
        var response = await site.Client().GetAsync(new Uri(address, UriKind.Relative));
        // Reading to the end fails if the stream broke off half way, after the 200 was sent.
        await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
