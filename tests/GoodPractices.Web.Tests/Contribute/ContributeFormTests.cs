using System.Net;
using GoodPractices.Core.Content;
using GoodPractices.Core.Taxonomy;
using GoodPractices.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace GoodPractices.Web.Tests.Contribute;

public sealed class ContributeFormTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task EveryFieldEnteredComesBackInAFileTheValidatorReadsAsExactlyThoseValues()
    {
        var (response, page) = await ContributeClient.PostAsync(site.Client(), ContributionFixture.Fields());
        var file = ContributeClient.GeneratedFile(page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var taxonomy = TaxonomyLoader.LoadFromCorpus(Fixtures.PracticesPath);
        var read = new PracticeFileReader(taxonomy, DateOnly.FromDateTime(DateTime.UtcNow)).Read(file, "it/it-casa-aurora.md");
        Assert.Empty(read.Diagnostics.Select(d => d.ToString()));
        var p = read.Practice!;
        Assert.Equal("it-casa-aurora", p.Id);
        Assert.Equal(ContributionFixture.Title, p.Title);
        Assert.Equal(ContributionFixture.TitleOriginal, p.TitleOriginal);
        Assert.Equal(ContributionFixture.Summary, p.Summary);
        Assert.Equal("it", p.Language);
        Assert.Equal(["IT"], p.Countries);
        Assert.Equal("local", p.Scope);
        Assert.Equal(
            [new Organisation("Associazione \"Aurora\": Onlus", "ngo", "https://example.org/aurora?x=1#top"), new Organisation("Comune di Napoli", "government", null)],
            p.Organisations);
        Assert.Equal(2015, p.StartYear);
        Assert.Equal(2024, p.EndYear);
        Assert.Equal("ended", p.Status);
        Assert.Equal(["family-support", "gender-specific-services"], p.InterventionTypes);
        Assert.Equal(["in-prison", "post-release"], p.JusticeStages);
        Assert.Equal(["prison", "community"], p.Settings);
        Assert.Equal(["women", "pregnant-women-and-mothers"], p.TargetGroups);
        Assert.Equal("process-evaluation", p.Evidence.Level);
        Assert.Equal(["wellbeing", "housing"], p.Evidence.Outcomes);
        Assert.Equal([new ExternalRating("Registro: Esempio", "Promettente #1", "https://ratings.example.org/aurora")], p.Evidence.Ratings);
        Assert.Equal(["bangkok-rules"], p.UnStandards);
        Assert.Equal(
            [new SourceReference("Rapporto \"Aurora\": 2020", "Università di Napoli", 2020, "https://example.org/report.pdf", Evaluation: true), new SourceReference("Legge 62/2011", null, null, null)],
            p.Sources);
        Assert.Equal(["pt-dissuasion-commissions"], p.Related);
        Assert.Equal(new DateOnly(2026, 11, 1), p.LastReviewed);
        Assert.Equal(
            $"## Context\n\n{ContributionFixture.Context}\n\n## What it does\n\n{ContributionFixture.WhatItDoes}\n\n## Results\n\n{ContributionFixture.Results}\n\n" +
            $"## Transferability\n\n{ContributionFixture.Transferability}\n\n## Contact\n\n{ContributionFixture.Contact}",
            p.Body);
    }

    [Fact]
    public async Task TheFileFollowsTheTemplateFieldOrderAndIsNamedAfterItsCountryAndId()
    {
        var (_, page) = await ContributeClient.PostAsync(site.Client(), ContributionFixture.Fields());
        var file = ContributeClient.GeneratedFile(page);

        string[] order = ["id:", "title:", "title_original:", "summary:", "language:", "countries:", "scope:", "organisations:", "start_year:",
            "end_year:", "status:", "intervention_types:", "justice_stages:", "settings:", "target_groups:", "evidence:", "  level:", "  outcomes:",
            "  ratings:", "un_standards:", "sources:", "related:", "last_reviewed:"];
        var positions = order.Select(key => file.IndexOf("\n" + key, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.StartsWith("---\nid: it-casa-aurora\ntitle: \"Casa \\\"Aurora\\\": donne # in carcere\"\n", file, StringComparison.Ordinal);
        Assert.Contains("practices/it/it-casa-aurora.md", page.QuerySelector("label[for=generated-file]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmptyIdIsSuggestedFromTheCountryAndTitle()
    {
        var (_, page) = await ContributeClient.PostAsync(site.Client(), ContributionFixture.With(("Id", ""), ("Title", "Casa Aurora: donne è libertà")));

        Assert.StartsWith("---\nid: it-casa-aurora-donne-e-liberta\n", ContributeClient.GeneratedFile(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFormWithMistakesShowsEachErrorBesideItsFieldAndKeepsEverythingTyped()
    {
        var longSummary = string.Concat(Enumerable.Repeat("Too long. ", 41)).Trim();
        var (response, page) = await ContributeClient.PostAsync(site.Client(), ContributionFixture.With(
            ("Id", "pt-dissuasion-commissions"), ("Countries", "PT"), ("Title", ""), ("Summary", longSummary), ("StartYear", "1800"),
            ("Organisations[0].Url", "javascript:alert(1)")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("#generated-file"));
        AssertFieldError(page, "f-title", "'title'");
        AssertFieldError(page, "f-summary", "400");
        AssertFieldError(page, "f-start-year", "1800");
        AssertFieldError(page, "f-organisations-1-url", "javascript:alert(1)");
        AssertFieldError(page, "f-id", "already used");

        var summary = page.QuerySelector(".error-summary")!;
        Assert.Equal("-1", summary.GetAttribute("tabindex"));
        Assert.Equal("alert", summary.GetAttribute("role"));
        foreach (var id in new[] { "f-title", "f-summary", "f-start-year", "f-organisations-1-url", "f-id" })
        {
            Assert.NotNull(summary.QuerySelector($"a[href='#{id}']"));
        }

        Assert.Equal("pt-dissuasion-commissions", Value(page, "f-id"));
        Assert.Equal(longSummary, page.QuerySelector("#f-summary")!.TextContent);
        Assert.Equal("1800", Value(page, "f-start-year"));
        Assert.Equal("javascript:alert(1)", Value(page, "f-organisations-1-url"));
        Assert.Equal(ContributionFixture.TitleOriginal, Value(page, "f-title-original"));
        Assert.Equal("Comune di Napoli", Value(page, "f-organisations-2-name"));
        Assert.NotNull(page.QuerySelector("input[name=Countries][value=PT][checked]"));
        Assert.NotNull(page.QuerySelector("input[name=InterventionTypes][value=gender-specific-services][checked]"));
        Assert.NotNull(page.QuerySelector("input[name=EvidenceLevel][value=process-evaluation][checked]"));
        Assert.NotNull(page.QuerySelector("select#f-organisations-2-type option[value=government][selected]"));
        Assert.Equal(ContributionFixture.Results, page.QuerySelector("#f-results")!.TextContent);
        Assert.Equal("Legge 62/2011", Value(page, "f-sources-2-title"));
        Assert.Equal("pt-dissuasion-commissions", Value(page, "f-related-1"));
    }

    [Fact]
    public async Task ErrorMessagesAreInTheInterfaceLanguage()
    {
        var (_, page) = await ContributeClient.PostAsync(site.Client(),
            ContributionFixture.With(("Id", "pt-dissuasion-commissions"), ("Countries", "PT"), ("StartYear", "1800"), ("Title", "")), "/fr/contribute");

        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Il y a un problème", page.QuerySelector(".error-summary h2")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("doit s'agir d'une année comprise entre 1950", page.QuerySelector("#f-start-year-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Le champ obligatoire 'title' est absent ou vide", page.QuerySelector("#f-title-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("est déjà utilisé par la pratique", page.QuerySelector("#f-id-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/fr/contribute", page.QuerySelector("#contribute-form")!.GetAttribute("action"));
    }

    [Fact]
    public async Task ARelatedIdThatNoPracticeHasIsAnErrorWithTheClosestId()
    {
        var (_, page) = await ContributeClient.PostAsync(site.Client(), ContributionFixture.With(("Related[0]", "pt-dissuasion-comissions")));

        var error = page.QuerySelector("#f-related-error")!.TextContent;
        Assert.Contains("'pt-dissuasion-comissions'", error, StringComparison.Ordinal);
        Assert.Contains("'pt-dissuasion-commissions'", error, StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("#f-related-1")!.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task TheGitHubLinkCarriesTheEncodedFileNameAndContent()
    {
        var (_, page) = await ContributeClient.PostAsync(site.Client(), ContributionFixture.Fields());
        var file = ContributeClient.GeneratedFile(page);
        var href = page.QuerySelector("a#new-file-link")!.GetAttribute("href")!;

        Assert.StartsWith("https://github.com/goodpractices/goodpractices/new/main?filename=practices%2Fit%2Fit-casa-aurora.md&value=", href, StringComparison.Ordinal);
        Assert.Contains("&value=" + Uri.EscapeDataString(file), href, StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(new Uri(href).Query);
        Assert.Equal("practices/it/it-casa-aurora.md", query["filename"].ToString());
        Assert.Equal(file, query["value"].ToString());
    }

    [Fact]
    public async Task TheCheckedFileCanBeDownloadedUnderItsOwnName()
    {
        var client = site.Client();
        var (_, page) = await ContributeClient.PostAsync(client, ContributionFixture.Fields());
        var file = ContributeClient.GeneratedFile(page);
        var form = page.QuerySelector("form.download-form")!;
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent([new("file", file.Replace("\n", "\r\n", StringComparison.Ordinal)), new("__RequestVerificationToken", token)]);

        var response = await client.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("it-casa-aurora.md", response.Content.Headers.ContentDisposition.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        Assert.Equal(file, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AFormPostedWithoutItsAntiforgeryTokenIsRefused()
    {
        using var content = new FormUrlEncodedContent(ContributionFixture.Fields());

        var response = await site.Client().PostAsync(new Uri("/contribute", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task TheEmptyFormOffersEveryTermWithItsDescriptionAndSpareRowsWithoutScript()
    {
        var (response, _, page) = await Html.GetAsync(site.Client(), "/fr/contribute");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var women = page.QuerySelector("input[name=TargetGroups][value=women]")!;
        Assert.Equal("Femmes", page.QuerySelector($"label[for='{women.Id}']")!.TextContent.Trim());
        Assert.False(string.IsNullOrWhiteSpace(page.GetElementById(women.GetAttribute("aria-describedby")!)!.TextContent));
        Assert.Equal(7, page.QuerySelectorAll("fieldset.choices input[type=radio][name=EvidenceLevel]").Length);
        Assert.Equal(3, page.QuerySelectorAll("input[name$='].Name']").Length);
        Assert.Equal(3, page.QuerySelectorAll("input[name$='].Title']").Length);
        Assert.Equal(DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Value(page, "f-last-reviewed"));
        Assert.NotNull(page.QuerySelector("datalist#known-ids option[value=pt-dissuasion-commissions]"));
        Assert.NotNull(page.QuerySelector("fieldset#f-countries-group > legend"));
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        // Stated once: a browser ignores a repeated directive and says so in its console.
        Assert.Single(policy.Split(';'), d => d.Trim().StartsWith("script-src", StringComparison.Ordinal));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
    }

    private static string? Value(AngleSharp.Dom.IDocument page, string id) => page.GetElementById(id)?.GetAttribute("value");

    private static void AssertFieldError(AngleSharp.Dom.IDocument page, string fieldId, string expected)
    {
        var field = page.GetElementById(fieldId) ?? throw new Xunit.Sdk.XunitException($"No field #{fieldId}.");
        var message = page.GetElementById(fieldId + "-error") ?? throw new Xunit.Sdk.XunitException($"No message beside #{fieldId}.");
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
        Assert.Contains(fieldId + "-error", field.GetAttribute("aria-describedby")!.Split(' '));
        Assert.Contains(expected, message.TextContent, StringComparison.Ordinal);
    }
}
