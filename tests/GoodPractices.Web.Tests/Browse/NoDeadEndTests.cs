using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Browse;

/// <summary>A search that finds nothing offers ways out instead of an empty page.</summary>
public sealed class NoDeadEndTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task EachFilterCanBeTakenAwayAndSaysWhatWouldRemain()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/search?country=IE&status=pilot");

        var ways = page.QuerySelectorAll(".no-results .ways li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains(ways, w => w.StartsWith("Without Country: Ireland", StringComparison.Ordinal) && w.EndsWith("2 practices", StringComparison.Ordinal));
        Assert.Contains(ways, w => w.StartsWith("Without Status: Pilot", StringComparison.Ordinal) && w.EndsWith("1 practice", StringComparison.Ordinal));
        var withoutStatus = page.QuerySelectorAll(".no-results a").Single(a => a.TextContent == "Without Status: Pilot");
        Assert.Equal("/search?country=IE", withoutStatus.GetAttribute("href"));
    }

    [Fact]
    public async Task TheWordsThatMatchNothingAreNamedWithASearchWithoutThem()
    {
        // Search answers with most of the words when it can; only words no practice holds at all leave nothing.
        var (_, _, page) = await Html.GetAsync(site.Client(), "/search?q=qqxqq+zzkkq&country=IE");

        Assert.Equal(["qqxqq", "zzkkq"], page.QuerySelectorAll(".no-results .unmatched-word").Select(w => w.TextContent));
        Assert.DoesNotContain(page.QuerySelectorAll(".no-results a"), a => a.TextContent.StartsWith("Search for", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ItAlwaysOffersToBrowseByInterventionType()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/fr/search?q=qqxqq");

        Assert.NotNull(page.QuerySelector(".no-results a[href='/fr/browse/intervention']"));
    }

    [Fact]
    public async Task ASearchWithResultsHasNoWaysOutBox()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/search?q=naloxone");

        Assert.Null(page.QuerySelector(".no-results"));
        Assert.NotNull(page.QuerySelector(".downloads"));
    }
}
