using System.Net;
using System.Xml.Linq;
using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Feeds;

public sealed class FeedTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task EverySearchIsAWellFormedAtomFeedNewestReviewedFirst()
    {
        var (response, feed) = await GetFeedAsync("/feed.atom");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Atom + "feed", feed.Root!.Name);
        Assert.False(string.IsNullOrWhiteSpace(feed.Root.Element(Atom + "id")!.Value));
        Assert.False(string.IsNullOrWhiteSpace(feed.Root.Element(Atom + "title")!.Value));
        var entries = feed.Root.Elements(Atom + "entry").ToList();
        Assert.Equal(6, entries.Count);
        var updated = entries.Select(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(updated.OrderDescending().ToList(), updated);
        Assert.Equal(updated.Max(), DateTimeOffset.Parse(feed.Root.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
        Assert.All(entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Element(Atom + "summary")!.Value)));
        Assert.All(entries, e => Assert.NotNull(e.Elements(Atom + "link").SingleOrDefault(l => (string?)l.Attribute("rel") == "alternate")));
    }

    [Fact]
    public async Task ACountryFeedHoldsThatCountryAndSaysSoInItsTitle()
    {
        var (_, feed) = await GetFeedAsync("/feed.atom?country=IT");

        var ids = feed.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value).ToList();
        Assert.Equal(3, ids.Count);
        Assert.All(ids, id => Assert.Contains("/practices/it-", id, StringComparison.Ordinal));
        Assert.Contains("Italy", feed.Root.Element(Atom + "title")!.Value, StringComparison.Ordinal);
        Assert.EndsWith("/practices/it-prison-therapeutic-community", ids[0], StringComparison.Ordinal);
        Assert.EndsWith("/feed.atom?country=IT", feed.Root.Element(Atom + "id")!.Value, StringComparison.Ordinal);
    }

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

    [Theory]
    [InlineData("/fr/feed.atom?country=PT")]
    [InlineData("/feed.atom?country=PT&lang=fr")]
    public async Task AFrenchFeedIsAFeedOfItsOwnWithFrenchAddresses(string address)
    {
        var (_, english) = await GetFeedAsync("/feed.atom?country=PT");
        var (_, french) = await GetFeedAsync(address);
        static string SelfOf(XDocument feed) => (string)feed.Root!.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!;

        Assert.Equal("http://localhost/feed.atom?country=PT", english.Root!.Element(Atom + "id")!.Value);
        Assert.Equal("http://localhost/fr/feed.atom?country=PT", french.Root!.Element(Atom + "id")!.Value);
        Assert.Equal("http://localhost/fr/feed.atom?country=PT", SelfOf(french));
        var entry = french.Root.Elements(Atom + "entry").Single(e => e.Element(Atom + "id")!.Value.EndsWith("/pt-dissuasion-commissions", StringComparison.Ordinal));
        Assert.Equal("Commissions de dissuasion de la toxicomanie", entry.Element(Atom + "title")!.Value);
        Assert.Equal("http://localhost/fr/practices/pt-dissuasion-commissions", entry.Element(Atom + "id")!.Value);
        Assert.Equal("http://localhost/fr/practices/pt-dissuasion-commissions",
            (string)entry.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!);
    }

    private async Task<(HttpResponseMessage, XDocument)> GetFeedAsync(string address)
    {
        var response = await site.Client().GetAsync(new Uri(address, UriKind.Relative));
        await using var body = await response.Content.ReadAsStreamAsync();
        return (response, await XDocument.LoadAsync(body, LoadOptions.None, CancellationToken.None));
    }
}
