using System.Net;
using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Search;

public sealed class HostileQueryTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    public static TheoryData<string> Addresses => new()
    {
        "/search?q=%22unbalanced",
        "/search?q=drug%20AND%20(",
        "/search?q=*:*",
        "/search?q=%E0%A4%A",
        "/search?q=%",
        "/search?page=abc",
        "/search?page=99999",
        "/search?page=-3",
        "/search?page=99999999999999999999",
        "/search?from=abc&to=1990x",
        "/search?from=2020&to=2001",
        "/search?sort=loudest",
        "/search?country=XX",
        "/search?intervention=not-a-slug",
        "/search?nonsense=1&country=",
        "/search?q=" + string.Join("+", Enumerable.Repeat("prison", 5000)),
    };

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task AnythingTypedIntoTheAddressGetsANormalPage(string address)
    {
        var (response, body, page) = await Html.GetAsync(site.Client(), address);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("form.search-form"));
        Assert.NotNull(page.QuerySelector(".result-count"));
        Assert.True(body.Length < 60_000, $"The page is {body.Length} characters long.");
    }

    [Theory]
    [InlineData("/search?page=abc", "PageNotANumber")]
    [InlineData("/search?from=abc", "YearNotANumber")]
    [InlineData("/search?sort=loudest", "UnknownSort")]
    [InlineData("/search?page=99999", "PageOutOfRange")]
    [InlineData("/search?country=XX", "UnknownFacetValue")]
    [InlineData("/search?intervention=not-a-slug", "UnknownFacetValue")]
    public async Task WhatCouldNotBeUsedIsExplainedOnThePage(string address, string notice)
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), address);

        Assert.Contains(page.QuerySelectorAll(".notice"), n => n.GetAttribute("data-notice") == notice && n.TextContent.Trim().Length > 0);
    }

    [Fact]
    public async Task AVeryLongQueryIsShortenedAndSaysSo()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/search?q=" + string.Join("+", Enumerable.Repeat("prison", 5000)));

        Assert.Contains(page.QuerySelectorAll(".notice"), n => n.GetAttribute("data-notice") == "QueryShortened");
    }

    [Theory]
    [InlineData("/search?q=%22unbalanced")]
    [InlineData("/search?q=drug%20AND%20(")]
    public async Task BrokenQuerySyntaxIsReadAsPlainWordsAndSaysSo(string address)
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), address);

        Assert.Contains(page.QuerySelectorAll(".notice"),
            n => n.GetAttribute("data-notice") == "QueryReadAsPlainWords" && n.TextContent.Trim().Length > 0);
    }
}
