using System.Net;
using System.Text.Json;
using GoodPractices.Web.Citations;
using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Citations;

public sealed class CitationTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task TheBibTeXEntryNamesTitleDateAndAddress()
    {
        var (response, text) = await GetAsync("/practices/pt-dissuasion-commissions.bib");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-bibtex", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("@online{pt-dissuasion-commissions,\n", text, StringComparison.Ordinal);
        Assert.Contains("  title = {{Commissions for the Dissuasion of Drug Addiction}},\n", text, StringComparison.Ordinal);
        Assert.Contains("  year = {2026},\n", text, StringComparison.Ordinal);
        Assert.Contains("  date = {2026-10-01},\n", text, StringComparison.Ordinal);
        Assert.Contains("  url = {http://localhost/practices/pt-dissuasion-commissions},\n", text, StringComparison.Ordinal);
        Assert.Contains("  organization = {GoodPractices knowledge base},\n", text, StringComparison.Ordinal);
        Assert.Contains("  note = {Last reviewed 2026-10-01},\n", text, StringComparison.Ordinal);
        Assert.Matches(@"  urldate = \{\d{4}-\d{2}-\d{2}\},\n", text);
        Assert.DoesNotContain("howpublished", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.Equal(text.Count(c => c == '{'), text.Count(c => c == '}'));
    }

    [Fact]
    public void BibTeXEscapesWhatLaTeXWouldReadAsCommands()
    {
        Assert.Equal(@"50\% \& \{braces\} \$5 \#1 a\_b \textasciitilde{} \textbackslash{}n", BibTeX.Escape("50% & {braces} $5 #1 a_b ~ \\n"));
    }

    [Fact]
    public async Task TheRisRecordHasItsTagsInOrderAndEnds()
    {
        var (response, text) = await GetAsync("/practices/pt-dissuasion-commissions.ris");
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-research-info-systems", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("TY  - ELEC", lines[0]);
        Assert.Contains("TI  - Commissions for the Dissuasion of Drug Addiction", lines);
        Assert.Contains("AU  - GoodPractices contributors", lines);
        Assert.Contains(lines, l => l.StartsWith("AB  - Possession of drugs", StringComparison.Ordinal));
        Assert.Contains("PY  - 2026", lines);
        Assert.Contains("DA  - 2026/10/01", lines);
        Assert.Contains("UR  - http://localhost/practices/pt-dissuasion-commissions", lines);
        Assert.Contains(lines, l => l.StartsWith("Y2  - ", StringComparison.Ordinal));
        Assert.Equal("ER  - ", lines[^1]);
    }

    [Fact]
    public async Task TheCslJsonIsAnArrayWithOneWebpage()
    {
        var (response, text) = await GetAsync("/practices/pt-dissuasion-commissions.json?lang=fr");
        using var json = JsonDocument.Parse(text);
        var item = Assert.Single(json.RootElement.EnumerateArray().ToList());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("webpage", item.GetProperty("type").GetString());
        Assert.Equal("Commissions de dissuasion de la toxicomanie", item.GetProperty("title").GetString());
        // The French text is cited with the address that opens it in French.
        Assert.Equal("http://localhost/fr/practices/pt-dissuasion-commissions", item.GetProperty("URL").GetString());
        Assert.Equal("GoodPractices knowledge base", item.GetProperty("container-title").GetString());
        Assert.False(item.TryGetProperty("publisher", out _), "APA would print the publisher and the site as the same name twice");
        Assert.Equal(2026, item.GetProperty("issued").GetProperty("date-parts")[0][0].GetInt32());
    }

    [Fact]
    public async Task ThePracticePageStillAnswersAtItsOwnAddressAndOffersTheCitations()
    {
        var (response, _, page) = await Html.GetAsync(site.Client(), "/practices/pt-dissuasion-commissions");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var citation = page.QuerySelector(".citation")!;
        Assert.Contains("Commissions for the Dissuasion of Drug Addiction. (last reviewed 2026-10-01). GoodPractices knowledge base. http://localhost/practices/pt-dissuasion-commissions",
            citation.TextContent, StringComparison.Ordinal);
        Assert.NotNull(citation.QuerySelector("a[href='/practices/pt-dissuasion-commissions.bib']"));
        Assert.NotNull(citation.QuerySelector("a[href='/practices/pt-dissuasion-commissions.ris']"));
        Assert.NotNull(citation.QuerySelector("a[href='/practices/pt-dissuasion-commissions.json']"));
    }

    [Fact]
    public async Task AnUnknownPracticeHasNoCitation()
    {
        var (response, _) = await GetAsync("/practices/no-such-practice.bib");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    private async Task<(HttpResponseMessage, string)> GetAsync(string address)
    {
        var response = await site.Client().GetAsync(new Uri(address, UriKind.Relative));
        return (response, await response.Content.ReadAsStringAsync());
    }
}
