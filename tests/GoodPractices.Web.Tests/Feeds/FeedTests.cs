using System.Xml.Linq;
using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Feeds;

public sealed class FeedTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task TheFeedListsTheMostRecentlyReviewedPracticesFirst()
    {
        var response = await site.Client().GetAsync(new Uri("/feed.xml", UriKind.Relative));
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var entries = feed.Root!.Elements(Atom + "entry").ToList();
        Assert.Equal(6, entries.Count);
        Assert.Equal("Commissions for the Dissuasion of Drug Addiction", entries[0].Element(Atom + "title")!.Value);
        Assert.Equal("http://localhost/practices/pt-dissuasion-commissions", entries[0].Element(Atom + "link")!.Attribute("href")!.Value);
    }

    [Fact]
    public async Task EveryPageAdvertisesTheFeed()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/about");

        Assert.Equal("/feed.xml", page.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href"));
    }
}
