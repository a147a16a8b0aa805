using System.Net;
using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Contribute;

public sealed class DraftErrorsTests
{
    [Fact]
    public async Task InDevelopmentABrokenPracticeShowsItsProblemsLineByLineInsteadOfNotFound()
    {
        await using var site = new DraftSiteFactory("Development");

        var (response, _, page) = await Html.GetAsync(site.Client(), "/practices/" + DraftSiteFactory.BrokenId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("noindex", response.Headers.GetValues("X-Robots-Tag").Single());
        Assert.Contains("practices/it/it-broken-draft.md", page.QuerySelector(".draft-file h2")!.TextContent, StringComparison.Ordinal);
        var rows = page.QuerySelectorAll("table.diagnostics tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()).ToList();
        Assert.Contains(rows, r => r[0] == "11" && r[1] == "13" && r[2].Contains("GP012", StringComparison.Ordinal) && r[2].Contains("1800", StringComparison.Ordinal));
        Assert.Contains(rows, r => r[0] == "21" && r[2].Contains("GP011", StringComparison.Ordinal));
        Assert.Contains(rows, r => r[0] == "24" && r[2].Contains("GP014", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheProblemsAreWrittenInTheInterfaceLanguage()
    {
        await using var site = new DraftSiteFactory("Development");

        var (_, _, page) = await Html.GetAsync(site.Client(), "/fr/practices/" + DraftSiteFactory.BrokenId);

        Assert.Contains("doit s'agir d'une année comprise entre 1950", page.QuerySelector("table.diagnostics")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Cette pratique contient des erreurs", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task OutsideDevelopmentABrokenPracticeIsNotFound()
    {
        await using var site = new DraftSiteFactory("Production");

        var (response, _, page) = await Html.GetAsync(site.Client(), "/practices/" + DraftSiteFactory.BrokenId);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(page.QuerySelector("table.diagnostics"));
    }

    [Fact]
    public async Task TheShowDraftErrorsOptionTurnsThePreviewOnOutsideDevelopment()
    {
        await using var site = new DraftSiteFactory("Production", showDraftErrors: true);

        var (response, _, page) = await Html.GetAsync(site.Client(), "/practices/" + DraftSiteFactory.BrokenId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("table.diagnostics"));
    }

    [Fact]
    public async Task AnIdNoFileClaimsIsStillNotFoundInDevelopment()
    {
        await using var site = new DraftSiteFactory("Development");

        var (response, _, _) = await Html.GetAsync(site.Client(), "/practices/it-no-such-practice");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
