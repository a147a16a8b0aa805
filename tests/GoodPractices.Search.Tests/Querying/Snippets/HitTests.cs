using GoodPractices.Search.Contracts;
using GoodPractices.Search.Tests.Support;

namespace GoodPractices.Search.Tests.Querying.Snippets;

public class HitTests
{
    [Fact]
    public void TheSnippetMarksMatchedWordsIncludingStemmedForms()
    {
        using var index = TestIndex.Of(Practices.Make("a", body: Practices.Filler + " Prisons in the north offer treatment to every prisoner. " + Practices.Filler));

        var snippet = Assert.Single(index.Search("prison").Hits).SnippetHtml();

        Assert.Contains("<mark>Prisons</mark>", snippet);
        Assert.InRange(snippet.Replace("<mark>", "").Replace("</mark>", "").Length, 100, 260);
    }

    [Fact]
    public void ThePassageHoldsEveryWordEvenWhenTheyMeetOnlyLateInTheText()
    {
        // Each word alone early on; together only some 2,000 characters in, past where the reading of the text stops
        // once every word has been found together.
        var filler = string.Concat(Enumerable.Repeat(Practices.Filler + " ", 4));
        using var index = TestIndex.Of(Practices.Make("a",
            body: "Naloxone kits are handed out. " + filler + "Peers train staff. " + filler + "Peers carry naloxone on release day. " + filler));

        var snippet = Assert.Single(index.Search("naloxone peers").Hits).SnippetHtml();

        Assert.Contains("<mark>Peers</mark> carry <mark>naloxone</mark>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void TheWordsOfAQuotedPhraseAreMarkedOnlyWhereTheyStandTogether()
    {
        using var index = TestIndex.Of(Practices.Make("a",
            body: "The court heard that a drug court cuts reoffending, and that drug use fell. " + Practices.Filler));

        var snippet = Assert.Single(index.Search("\"drug court\"").Hits).SnippetHtml();

        Assert.Contains("a <mark>drug court</mark> cuts", snippet, StringComparison.Ordinal);
        Assert.Contains("The court heard", snippet, StringComparison.Ordinal);
        Assert.Contains("that drug use", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void APhraseMarksTheSmallWordsItHoldsAndAWordAlsoTypedAloneIsMarkedEverywhere()
    {
        using var index = TestIndex.Of(Practices.Make("a",
            body: "Treatment of prisoners is free here. Court staff say treatment alone is not enough. " + Practices.Filler));

        var phrase = Assert.Single(index.Search("\"treatment of prisoners\"").Hits).SnippetHtml();
        Assert.Contains("<mark>Treatment of prisoners</mark> is free", phrase, StringComparison.Ordinal);
        Assert.Contains("say treatment alone", phrase, StringComparison.Ordinal);

        var both = Assert.Single(index.Search("treatment \"treatment of prisoners\"").Hits).SnippetHtml();
        Assert.Contains("say <mark>treatment</mark> alone", both, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>Court</mark>", both, StringComparison.Ordinal);
    }

    [Fact]
    public void AWordStillBeingTypedIsMarkedWhereTheTextCompletesIt()
    {
        using var index = TestIndex.Of(Practices.Make("a", body: Practices.Filler + " Peers carry naloxone and train prisoners. " + Practices.Filler));

        Assert.Contains("<mark>naloxone</mark>", Assert.Single(index.Search("nalox").Hits).SnippetHtml(), StringComparison.Ordinal);
        // A whole word also marks the longer words it starts, here through the language's own reading.
        Assert.Contains("<mark>prisoners</mark>", Assert.Single(index.Search("naloxone prison").Hits).SnippetHtml(), StringComparison.Ordinal);
    }

    [Fact]
    public void APracticeFoundThroughItsTagsAloneShowsItsSummaryUnmarked()
    {
        // "agonist" is only in the label of the practice's intervention type, not in its own text.
        using var index = TestIndex.Of(Practices.Make("a", summary: "Clinics in every prison.", interventions: ["opioid-agonist-treatment"]));

        var hit = Assert.Single(index.Search("agonist").Hits);

        Assert.Equal("Clinics in every prison.", hit.SnippetHtml());
    }

    [Fact]
    public void TheTitleMarksTheWordsLookedForAsThePassageDoes()
    {
        using var index = TestIndex.Of(
            Practices.Make("a", title: "Naloxone for people leaving prisons"),
            Practices.Make("b", title: "Apoio na prisão", language: "pt"));

        var english = Assert.Single(index.Search("prison naloxone").Hits);
        var withoutAccents = Assert.Single(index.Search("prisao").Hits);

        Assert.Equal(["Naloxone", "prisons"], english.TitleMarks.Select(m => english.Title.Substring(m.Start, m.Length)));
        Assert.Equal("prisão", withoutAccents.Title.Substring(withoutAccents.TitleMarks.Single().Start, withoutAccents.TitleMarks.Single().Length));
        Assert.All(index.Search(new SearchRequest()).Hits, hit => Assert.Empty(hit.TitleMarks));
    }

    [Fact]
    public void ATitleThatShowsAWordNeedsNoTagToExplainIt()
    {
        using var index = TestIndex.Of(Practices.Make("a", title: "Agonist clinics", summary: "Clinics in every prison.", interventions: ["opioid-agonist-treatment"]));

        var hit = Assert.Single(index.Search("agonist").Hits);

        Assert.Single(hit.TitleMarks);
        Assert.Empty(hit.FoundThrough);
    }

    [Fact]
    public void APracticeFoundThroughItsTagsAloneSaysWhichTagsFoundIt()
    {
        using var index = TestIndex.Of(
            Practices.Make("tags-only", summary: "Clinics in every prison.", interventions: ["opioid-agonist-treatment"]),
            Practices.Make("own-text", summary: "Agonist treatment in every prison.", interventions: ["opioid-agonist-treatment"]),
            Practices.Make("czech-label", summary: "Clinics in every prison.", interventions: ["drug-treatment-court"]));

        var hits = index.Search("agonist").Hits;
        // Czech "soud" is only in the Czech label of drug treatment courts.
        var czech = Assert.Single(index.Search("soud").Hits);

        Assert.Equal([new TagRef("intervention", "opioid-agonist-treatment")], hits.Single(h => h.Id == "tags-only").FoundThrough);
        Assert.Empty(hits.Single(h => h.Id == "own-text").FoundThrough);
        Assert.Equal([new TagRef("intervention", "drug-treatment-court")], czech.FoundThrough);
    }

    [Fact]
    public void AtMostThreeTagsAreNamedThoseWhoseLabelsHoldTheMostWordsFirst()
    {
        using var index = TestIndex.Of(Practices.Make("a", summary: "Clinics in every prison.",
            interventions: ["drug-treatment-court", "opioid-agonist-treatment", "sentence-deferral-for-treatment", "treatment-as-sentence-condition"],
            settings: ["residential-treatment"]));

        var hit = Assert.Single(index.Search("treatment sentence").Hits);

        Assert.Equal(["sentence-deferral-for-treatment", "treatment-as-sentence-condition", "drug-treatment-court"],
            hit.FoundThrough.Select(tag => tag.Value));
    }

    [Fact]
    public void AWordOnlyInTheTagsDoesNotKeepThePassageFromTheWordsInTheText()
    {
        // "agonist" is in the tags only; "peers" is far into the text, with no other word of the query near it.
        var filler = string.Concat(Enumerable.Repeat(Practices.Filler + " ", 3));
        using var index = TestIndex.Of(Practices.Make("a", interventions: ["opioid-agonist-treatment"],
            body: filler + "Trained peers visit every wing. " + filler));

        var snippet = Assert.Single(index.Search("agonist peers").Hits).SnippetHtml();

        Assert.Contains("<mark>peers</mark> visit every wing", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSnippetMarksAccentedWordsFoundWithoutAccents()
    {
        using var index = TestIndex.Of(Practices.Make("a", language: "pt", body: "A equipa trabalha na prisão. " + Practices.Filler));

        var snippet = Assert.Single(index.Search("prisao").Hits).SnippetHtml();
        Assert.True(snippet.Contains("<mark>prisão</mark>", StringComparison.Ordinal), snippet);
    }

    [Fact]
    public void WithoutSnippetsAHitShowsItsSummaryEscaped()
    {
        using var index = TestIndex.Of(Practices.Make("a", summary: "Peers & nurses.", body: Practices.Filler + " Prisons offer treatment. " + Practices.Filler));

        var hit = Assert.Single(index.Search(new SearchRequest { Query = "prison", Snippets = false }).Hits);

        Assert.Equal("Peers &amp; nurses.", hit.SnippetHtml());
    }

    [Fact]
    public void AHitWithAnUncommonlyLongSummaryIsStillListedWhole()
    {
        var summary = string.Join(' ', Enumerable.Repeat("Peers visit prisons.", 2500));
        using var index = TestIndex.Of(Practices.Make("long", summary: summary), Practices.Make("short", summary: "Peers visit prisons."));

        var hits = index.Search(new SearchRequest { Query = "peers", Snippets = false }).Hits;

        Assert.Equal(summary, hits.Single(h => h.Id == "long").Summary);
        Assert.Equal("Peers visit prisons.", hits.Single(h => h.Id == "short").Summary);
    }

    [Fact]
    public void AHitWithAnUncommonlyLongSummaryStillHasItsPassage()
    {
        // Too long for the record read in place: read from the stored practice instead, passage and all.
        var summary = string.Join(' ', Enumerable.Repeat("Peers visit families.", 2500));
        using var index = TestIndex.Of(
            Practices.Make("long", summary: summary, body: Practices.Filler + " Peers meet prisoners before release. " + Practices.Filler),
            Practices.Make("short", body: Practices.Filler + " Peers meet prisoners before release. " + Practices.Filler));

        var hits = index.Search(new SearchRequest { Query = "prisoners release" }).Hits;

        Assert.All(hits, hit => Assert.Contains("<mark>prisoners</mark>", hit.SnippetHtml(), StringComparison.Ordinal));
        Assert.Equal(summary, hits.Single(h => h.Id == "long").Summary);
    }

    [Fact]
    public void TheSnippetComesFromTheTranslationTheReaderSees()
    {
        using var index = TestIndex.Of(Practices.Make("a", body: Practices.Filler + " Prisons offer treatment. " + Practices.Filler,
            translations: [Practices.Translation("a", "fr", "Traitement", "Résumé.", "Les prisons proposent un traitement aux détenus. " + Practices.Filler)]));

        var hit = Assert.Single(index.Search(new SearchRequest { Query = "traitement", DisplayLanguage = "fr" }).Hits);

        Assert.Equal("fr", hit.Language);
        Assert.Contains("<mark>traitement</mark>", hit.SnippetHtml(), StringComparison.Ordinal);
    }

    [Fact]
    public void APracticeFoundThroughAnotherVersionAloneShowsThatVersionsPassage()
    {
        // A reader of English types a Portuguese word that only the Portuguese version holds.
        using var index = TestIndex.Of(Practices.Make("a", summary: "Support for families.", body: Practices.Filler + " Staff visit families. " + Practices.Filler,
            translations: [Practices.Translation("a", "pt", "Apoio", "Apoio às famílias.", "A equipa acompanha as famílias no momento da detenção. " + Practices.Filler)]));

        var hit = Assert.Single(index.Search(new SearchRequest { Query = "detenção", DisplayLanguage = "en" }).Hits);
        var typedWithoutAccents = Assert.Single(index.Search(new SearchRequest { Query = "detencao", DisplayLanguage = "en" }).Hits);

        Assert.Equal("en", hit.Language);
        Assert.Equal("pt", hit.Snippet.Language);
        Assert.Contains("no momento da <mark>detenção</mark>", hit.SnippetHtml(), StringComparison.Ordinal);
        Assert.Equal("pt", typedWithoutAccents.Snippet.Language);
        Assert.Contains("<mark>detenção</mark>", typedWithoutAccents.SnippetHtml(), StringComparison.Ordinal);
    }

    [Fact]
    public void APassageComesFromAnotherVersionOnlyWhenTheShownOneLacksTheWords()
    {
        // "families" is in the English summary and, translated, in the Portuguese version; the tag-only match has no
        // version with the word at all.
        using var index = TestIndex.Of(
            Practices.Make("a", summary: "Support for families.", body: Practices.Filler,
                translations: [Practices.Translation("a", "pt", "Apoio", "Apoio às families.", "Famílias e families. " + Practices.Filler)]),
            Practices.Make("b", summary: "Clinics in every prison.", interventions: ["opioid-agonist-treatment"],
                translations: [Practices.Translation("b", "fr", "Cliniques", "Des cliniques.", Practices.Filler)]));

        var own = Assert.Single(index.Search(new SearchRequest { Query = "families", DisplayLanguage = "en" }).Hits);
        var tagged = Assert.Single(index.Search(new SearchRequest { Query = "agonist", DisplayLanguage = "en" }).Hits);

        Assert.Null(own.Snippet.Language);
        Assert.Contains("<mark>families</mark>", own.SnippetHtml(), StringComparison.Ordinal);
        Assert.Null(tagged.Snippet.Language);
        Assert.Equal("Clinics in every prison.", tagged.SnippetHtml());
    }

    [Fact]
    public void TheSnippetIsEscapedHtml()
    {
        using var index = TestIndex.Of(Practices.Make("a", summary: "Safe <script>alert(1)</script> & sound.",
            body: "The <b>programme</b> & its <img src=x onerror=alert(1)> partners. " + Practices.Filler));

        var hit = Assert.Single(index.Search("partners").Hits);
        var empty = Assert.Single(index.Search(new SearchRequest()).Hits);

        Assert.DoesNotContain("<img", hit.SnippetHtml());
        Assert.DoesNotContain("<script", empty.SnippetHtml());
        Assert.Contains("&amp;", empty.SnippetHtml());
    }

    [Fact]
    public void WithoutAQueryTheSnippetIsTheSummary()
    {
        using var index = TestIndex.Of(Practices.Make("a", summary: "Commissions assess people."));

        Assert.Equal("Commissions assess people.", Assert.Single(index.Search(new SearchRequest()).Hits).SnippetHtml());
    }

    [Fact]
    public void HitsAreShownInTheReadersLanguageWhenATranslationExists()
    {
        using var index = TestIndex.Of(Practices.Make("pt", title: "Dissuasion commissions", summary: "Summary.", translations:
            [Practices.Translation("pt", "fr", "Commissions de dissuasion", "Les commissions orientent vers un traitement.", "Les commissions orientent les personnes. " + Practices.Filler)]));

        var french = Assert.Single(index.Search(new SearchRequest { Query = "commissions", DisplayLanguage = "fr" }).Hits);
        var czech = Assert.Single(index.Search(new SearchRequest { Query = "commissions", DisplayLanguage = "cs" }).Hits);

        Assert.Equal(("Commissions de dissuasion", "fr"), (french.Title, french.Language));
        Assert.Contains("<mark>commissions</mark>", french.SnippetHtml(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(("Dissuasion commissions", "en"), (czech.Title, czech.Language));
    }

    [Fact]
    public void AHitCarriesWhatAResultListShows()
    {
        using var index = TestIndex.Of(Practices.Make("a", countries: ["PT", "ES"], interventions: ["legal-aid"], startYear: 2003,
            lastReviewed: new DateOnly(2026, 2, 3), evidence: "promising-unevaluated", status: "ended")
            with { Evidence = new("evaluated-outcomes", ["recidivism", "cost"], []) });

        var hit = Assert.Single(index.Search("programme").Hits);
        var listed = Assert.Single(index.Search(new SearchRequest { Query = "programme", Snippets = false }).Hits);

        Assert.Equal(["PT", "ES"], hit.Countries);
        Assert.Equal(["legal-aid"], hit.InterventionTypes);
        Assert.Equal(2003, hit.StartYear);
        Assert.Equal(new DateOnly(2026, 2, 3), hit.LastReviewed);
        Assert.True(hit.Score > 0);
        // The badges of a result card, without reading the whole practice, with or without passages.
        Assert.Equal(("evaluated-outcomes", "ended"), (hit.EvidenceLevel, hit.Status));
        Assert.Equal(("evaluated-outcomes", "ended"), (listed.EvidenceLevel, listed.Status));
        // What its evaluation measured, which the card lists.
        Assert.Equal(["recidivism", "cost"], hit.Outcomes);
        Assert.Equal(["recidivism", "cost"], listed.Outcomes);
    }

    [Fact]
    public void FindReturnsTheWholePracticeWithItsTranslations()
    {
        var practice = Practices.Make("pt", title: "Original", related: ["other"], translations:
            [Practices.Translation("pt", "it", "Titolo", "Sintesi.", "Corpo.")]);
        using var index = TestIndex.Of(practice, Practices.Make("other"));

        var found = index.Find("pt");

        Assert.NotNull(found);
        Assert.Equal(practice.Body, found.Body);
        Assert.Equal(["other"], found.Related);
        Assert.Equal("Titolo", found.TextIn("it").Title);
        Assert.Equal(practice.Organisations, found.Organisations);
        Assert.Null(index.Find("missing"));
        Assert.Null(index.Find(""));
    }
}
