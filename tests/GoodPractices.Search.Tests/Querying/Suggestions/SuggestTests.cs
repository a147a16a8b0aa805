using GoodPractices.Core.Content;
using GoodPractices.Search.Querying.Suggestions;
using GoodPractices.Search.Tests.Support;

namespace GoodPractices.Search.Tests.Querying.Suggestions;

public class SuggestTests
{
    private static GoodPractices.Search.Contracts.IPracticeSearcher Index() => TestIndex.Of(
        Practices.Make("a", title: "Comissões para a Dissuasão", countries: ["PT"], interventions: ["decriminalisation"], groups: ["women"]),
        Practices.Make("b", title: "Drug treatment court", countries: ["IT"], interventions: ["drug-treatment-court"]) with
        {
            Organisations = [new Organisation("Tribunale di Milano", "justice-agency", null)],
        },
        Practices.Make("c", title: "Treatment in prison", countries: ["IT"], interventions: ["drug-treatment-court"]));

    [Fact]
    public void TitlesCompleteWhatWasTyped()
    {
        using var index = Index();

        Assert.Contains("Treatment in prison", index.Suggest("treat"));
    }

    [Fact]
    public void ACompletionStartingWithTheTypedTextComesBeforeOneWithALaterWord()
    {
        using var index = Index();

        var suggestions = index.Suggest("treat");

        Assert.Equal("Treatment in prison", suggestions[0]);
        Assert.Contains("Drug treatment court", suggestions);
    }

    [Fact]
    public void AccentsNeedNotBeTyped()
    {
        using var index = Index();

        Assert.Contains("Comissões para a Dissuasão", index.Suggest("comissoes"));
    }

    [Fact]
    public void OrganisationsVocabularyLabelsAndCountriesAreSuggested()
    {
        using var index = Index();

        Assert.Contains("Tribunale di Milano", index.Suggest("tribunale"));
        Assert.Contains("Women", index.Suggest("wom"));
        Assert.Contains("Italy", index.Suggest("ita"));
        Assert.Contains("Italie", index.Suggest("ita"));
    }

    [Fact]
    public void LabelsNoPracticeUsesAreNotSuggested()
    {
        using var index = Index();

        Assert.DoesNotContain("Norway", index.Suggest("nor"));
        Assert.DoesNotContain("Housing support", index.Suggest("housing"));
    }

    [Fact]
    public void TheNumberOfSuggestionsIsCapped()
    {
        using var index = Index();

        Assert.Single(index.Suggest("t", max: 1));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!")]
    public void ABlankPrefixSuggestsNothing(string prefix)
    {
        using var index = Index();

        Assert.Empty(index.Suggest(prefix));
    }

    [Fact]
    public void ManySpellingsOfOneTitleInDifferentCasesAreOfferedOnceAndDoNotCrowdOutOthers()
    {
        var variants = Enumerable.Range(0, 40)
            .Select(i => new string("prison work".Select((c, k) => k < 6 && ((i >> k) & 1) == 1 ? char.ToUpperInvariant(c) : c).ToArray()))
            .ToList();
        string[] others = ["Prison mentoring", "Prison law clinic", "Prisoners' families", "Pride at work", "Primary care in custody", "Private sector jobs"];
        var practices = variants.Concat(others).Select((title, i) => Practices.Make($"p{i:D2}", title: title)).ToArray();
        using var index = TestIndex.Of(practices);

        var suggestions = index.Suggest("pri", max: 8);

        Assert.Single(suggestions, s => s.Equals("prison work", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(others.Order(), suggestions.Where(s => others.Contains(s)).Order());
        Assert.Equal(7, suggestions.Count);
    }

    [Fact]
    public void AmongManyTitlesCompletionsStartingWithTheTypedTextComeFirst()
    {
        using var index = TestIndex.Of([.. RandomCorpus.Generate(600, seed: 11)]);

        var suggestions = index.Suggest("practice 1", max: 8);

        Assert.Equal(8, suggestions.Count);
        Assert.All(suggestions, s => Assert.StartsWith("Practice 1", s, StringComparison.Ordinal));
        Assert.Equal(suggestions.Count, suggestions.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void PrefixesOfThousandsOfWordsCompleteAsIfEveryWordWereRead()
    {
        var practices = RandomCorpus.Generate(400, seed: 12);
        var kept = new SuggestionIndex(practices, TestTaxonomy.Instance, longRange: 5);
        var read = new SuggestionIndex(practices, TestTaxonomy.Instance, longRange: int.MaxValue);
        var prefixes = practices.SelectMany(p => p.Title.Split(' '))
            .SelectMany(w => Enumerable.Range(1, Math.Min(4, w.Length)).Select(n => w[..n]))
            .Append("practice 1").Append("p").Append("pr")
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

        Assert.True(prefixes.Count > 50);
        Assert.All(prefixes, prefix => Assert.Equal(read.Suggest(prefix, 8), kept.Suggest(prefix, 8)));
    }

    [Fact]
    public void EachReaderIsOfferedTheTitleTheyAreShownNotTheTranslationsIntoOtherLanguages()
    {
        using var index = TestIndex.Of(
            Practices.Make("scot", title: "Take-home naloxone for people leaving prison", translations:
            [
                Practices.Translation("scot", "cs", "Naloxon s sebou pro lidi propouštěné z vězení", "Shrnutí.", "Text."),
                Practices.Translation("scot", "fr", "Naloxone à emporter pour les sortants de prison", "Résumé.", "Texte."),
            ]),
            Practices.Make("pt", language: "pt", title: "Naloxona na saída da prisão", translations:
            [
                Practices.Translation("pt", "en", "Naloxone at prison release", "Summary.", "Text."),
            ]));

        var english = index.Suggest("nalox", language: "en");
        Assert.Contains("Take-home naloxone for people leaving prison", english);
        Assert.Contains("Naloxone at prison release", english);
        Assert.DoesNotContain("Naloxon s sebou pro lidi propouštěné z vězení", english);
        Assert.DoesNotContain("Naloxona na saída da prisão", english);

        var czech = index.Suggest("nalox", language: "cs");
        Assert.Contains("Naloxon s sebou pro lidi propouštěné z vězení", czech);
        Assert.DoesNotContain("Take-home naloxone for people leaving prison", czech);
        // A Czech reader of the Portuguese entry, which has no Czech text, is shown its English one.
        Assert.Contains("Naloxone at prison release", czech);

        Assert.Contains("Naloxona na saída da prisão", index.Suggest("nalox", language: "pt"));
    }

    [Fact]
    public void TheUnStandardsPracticesApplyAreOfferedByName()
    {
        using var index = TestIndex.Of(
            Practices.Make("a", title: "Women's unit") with { UnStandards = ["bangkok-rules"] },
            Practices.Make("b", title: "Probation") with { UnStandards = ["tokyo-rules"] });

        Assert.Contains("Bangkok rules", index.Suggest("bang", language: "en"));
        Assert.Contains("Tokyo rules", index.Suggest("tok", language: "en"));
        Assert.Empty(index.Suggest("nelson", language: "en"));
    }

    [Fact]
    public void CompletionsReadFromTheIndexAreThoseOfThePracticesReadWhole()
    {
        var practices = RandomCorpus.Generate(300, seed: 13).Select((p, i) => i % 3 == 0
            ? p with { Organisations = [new Organisation($"Fondazione {i % 7}", "ngo", null), new Organisation("Ministério da Justiça", "justice-agency", null)] }
            : p).ToList();
        using var index = TestIndex.InSegments(practices, commitEvery: 70);
        var whole = new SuggestionIndex(practices, TestTaxonomy.Instance);
        var prefixes = practices.SelectMany(p => p.Title.Split(' '))
            .SelectMany(w => Enumerable.Range(1, Math.Min(4, w.Length)).Select(n => w[..n]))
            .Concat(["fond", "fondazione 3", "minis", "justica", "ital", "wom", "prison", "dec"])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

        Assert.Contains("Ministério da Justiça", index.Suggest("justica"));
        Assert.Contains(index.Suggest("ital"), s => s.StartsWith("Ital", StringComparison.Ordinal));
        Assert.All(prefixes, prefix => Assert.Equal(whole.Suggest(prefix, 8), index.Suggest(prefix, 8)));
    }
}
