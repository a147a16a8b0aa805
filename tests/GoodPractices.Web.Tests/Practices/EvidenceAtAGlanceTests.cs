using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Practices;

/// <summary>The evidence level, status and countries of a practice, seen before it is opened and first on its page.</summary>
public sealed class EvidenceAtAGlanceTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task AResultCardShowsLabelledEvidenceAndStatusBadgesWithTheirExplanations()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/search?q=dissuasion");

        var card = page.QuerySelectorAll("li.result").Single(li => li.QuerySelector("h2 a")!.GetAttribute("href") == "/practices/pt-dissuasion-commissions");
        var evidence = card.QuerySelector("a.badge-evidence")!;
        Assert.Equal("Evidence level: Outcomes evaluated", evidence.TextContent.Trim());
        Assert.Equal("/search?evidence=evaluated-outcomes", evidence.GetAttribute("href"));
        var explanation = page.GetElementById(evidence.GetAttribute("aria-describedby")!)!;
        Assert.StartsWith("Outcomes were measured", explanation.TextContent, StringComparison.Ordinal);
        Assert.Equal("tooltip", explanation.GetAttribute("role"));
        Assert.Equal("Status: Active", card.QuerySelector("a.badge-status")!.TextContent.Trim());
        Assert.Equal("Portugal", card.QuerySelector(".result-meta .countries")!.TextContent);
    }

    [Fact]
    public async Task AResultCardOfAPracticeOfNoCountryStartsItsLineWithTheInterventionTypes()
    {
        using var corpus = await Fixtures.WithPracticeOfNoCountry();
        await using var international = SiteFactory.OverIndex(corpus.Index.Path);
        var (_, _, page) = await Html.GetAsync(international.Client(), "/search?q=naloxone");

        var meta = page.QuerySelectorAll("li.result").Single(li => li.QuerySelector("h2 a")!.GetAttribute("href") == "/practices/eu-naloxone-on-release")
            .QuerySelector(".result-meta")!;
        Assert.Null(meta.QuerySelector(".countries"));
        Assert.False(meta.FirstElementChild!.ClassList.Contains("sep"), meta.InnerHtml);
        Assert.StartsWith("Overdose", meta.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AtAGlanceOfAPracticeOfNoCountryHasNoEmptyCountryLine()
    {
        using var corpus = await Fixtures.WithPracticeOfNoCountry();
        await using var international = SiteFactory.OverIndex(corpus.Index.Path);
        var (_, _, page) = await Html.GetAsync(international.Client(), "/practices/eu-naloxone-on-release");

        var terms = page.QuerySelectorAll(".practice-facts dt").Select(dt => dt.TextContent.Trim()).ToList();
        Assert.DoesNotContain("Countries", terms);
        Assert.DoesNotContain("Country", terms);
        Assert.All(page.QuerySelectorAll(".practice-facts dd"), dd => Assert.False(string.IsNullOrWhiteSpace(dd.TextContent), dd.OuterHtml));
        Assert.Contains("Scope", terms);
    }

    [Fact]
    public async Task BadgesSpeakTheReadersLanguage()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/fr/search?q=dissuasion");

        var evidence = page.QuerySelector("li.result a.badge-evidence[href='/fr/search?evidence=evaluated-outcomes']")!;
        Assert.Equal("Niveau de preuve", evidence.QuerySelector(".badge-key")!.TextContent.TrimEnd(':'));
        Assert.EndsWith("Résultats évalués", evidence.TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("Les résultats ont été mesurés", page.GetElementById(evidence.GetAttribute("aria-describedby")!)!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/search?q=dissuasion", "Outcomes measured: Imprisonment avoided, Drug use")]
    [InlineData("/fr/search?q=dissuasion", "Résultats mesurés: Incarcération évitée, Consommation de drogues")]
    public async Task AResultCardListsTheOutcomesItsEvaluationMeasured(string url, string expected)
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), url);

        var card = page.QuerySelectorAll("li.result").Single(li => li.QuerySelector("h2 a")!.GetAttribute("href")!.EndsWith("/practices/pt-dissuasion-commissions", StringComparison.Ordinal));
        Assert.Equal(expected, System.Text.RegularExpressions.Regex.Replace(card.QuerySelector(".result-outcomes")!.TextContent.Trim(), @"\s+", " "));
    }

    [Fact]
    public async Task RelatedPracticesCarryBadgesWithIdsOfTheirOwn()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/practices/pt-dissuasion-commissions");

        var related = page.QuerySelectorAll(".related li");
        Assert.NotEmpty(related);
        Assert.All(related, li => Assert.NotNull(li.QuerySelector("a.badge-evidence")));
        Assert.All(related, li => Assert.False(string.IsNullOrWhiteSpace(li.QuerySelector(".badge-countries")?.TextContent)));
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task AtAGlanceComesBeforeTheTextAndStartsWithCountryStatusEvidenceAndTargetGroup()
    {
        var (_, body, page) = await Html.GetAsync(site.Client(), "/practices/pt-dissuasion-commissions");

        Assert.True(body.IndexOf("id=\"facts-title\"", StringComparison.Ordinal) < body.IndexOf("class=\"practice-body\"", StringComparison.Ordinal));
        var terms = page.QuerySelectorAll(".practice-facts dt").Select(dt => dt.TextContent.Trim()).ToList();
        Assert.Equal(["Country", "Status", "Evidence level"], terms.Take(3));
        Assert.True(terms.IndexOf("Target group") < terms.IndexOf("Years"), "who it is for comes before the dates");
    }

    [Fact]
    public async Task TheOriginalTitleIsMarkedInTheLanguageOfItsCountry()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/practices/pt-dissuasion-commissions");

        var original = page.QuerySelector(".title-original span:not(.label)")!;
        Assert.Equal("pt", original.GetAttribute("lang"));
    }
}
