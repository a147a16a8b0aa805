using GoodPractices.Search.Contracts;
using GoodPractices.Search.Tests.Support;

namespace GoodPractices.Search.Tests.Querying.Reading;

/// <summary>Queries typed as people type them: places, question words, a word still being typed, tags' own words.</summary>
public class EverydayQueryTests
{
    private static IPracticeSearcher Index() => TestIndex.Of(
        Practices.Make("it-methadone", title: "Methadone in prison", body: "Methadone is continued in every prison. " + Practices.Filler, countries: ["IT"]),
        Practices.Make("fr-methadone", title: "Methadone in prison", body: "Methadone is continued in every prison. " + Practices.Filler, countries: ["FR"]),
        Practices.Make("fr-housing", title: "Housing after release", body: "Flats for people leaving prison. " + Practices.Filler, countries: ["FR"]),
        Practices.Make("pt-naloxone", title: "Naloxone kits", body: "Kits handed out on release. " + Practices.Filler, countries: ["PT"]));

    [Theory]
    [InlineData("methadone Italian")]
    [InlineData("methadone italiano")]
    [InlineData("methadone italienne")]
    [InlineData("methadone Italy")]
    public void AWordNamingACountryLiftsItsPracticesWithoutBeingRequired(string query)
    {
        using var index = Index();

        var results = index.Search(query);

        Assert.Equal(["it-methadone", "fr-methadone"], results.Ids());
        Assert.Equal([new PlaceFilter("country", ["IT"])], results.Places.Select(p => p with { Values = [.. p.Values] }), new PlaceComparer());
    }

    [Fact]
    public void APlaceAloneFindsThePracticesFromThere()
    {
        using var index = Index();

        Assert.Equal(["pt-naloxone"], index.Search("Portuguese").Ids());
    }

    [Theory]
    [InlineData("United Kingdom")]
    [InlineData("Western Europe")]
    public void APlaceOfSeveralWordsAloneFindsThePracticesFromThereAndThoseNamingItWholeOnly(string place)
    {
        using var index = TestIndex.Of(
            Practices.Make("gb-courts", title: "Drug courts", countries: ["GB"]),
            Practices.Make("fr-courts", title: "Drug courts", countries: ["FR"]),
            Practices.Make("us-named", title: "Drug courts", body: $"Modelled on a scheme from {place}. " + Practices.Filler, countries: ["US"]),
            Practices.Make("us-united", title: "United families", body: "The kingdom of heaven, western films, Europe and the United States. " + Practices.Filler, countries: ["US"]));

        var results = index.Search(place);

        Assert.Equal(["us-named"], results.Ids().Where(id => id.StartsWith("us-", StringComparison.Ordinal)));
        Assert.Contains(place == "United Kingdom" ? "gb-courts" : "fr-courts", results.Ids());
        Assert.DoesNotContain(results.Notices, n => n.Kind == SearchNoticeKind.MostWords);
    }

    [Fact]
    public void APartOfACountryLiftsTheCountrysPracticesAndFirstThoseThatNameIt()
    {
        using var index = TestIndex.Of(
            Practices.Make("gb-england", title: "Naloxone on release", body: "Kits for people leaving prisons in England. " + Practices.Filler, countries: ["GB"]),
            Practices.Make("fr-naloxone", title: "Naloxone on release", body: "Kits for people leaving prisons in France. " + Practices.Filler, countries: ["FR"]),
            Practices.Make("gb-scotland", title: "Naloxone on release", body: "Kits for people leaving prisons in Scotland. " + Practices.Filler, countries: ["GB"]));

        var results = index.Search("naloxone Scotland");

        Assert.Equal(["gb-scotland", "gb-england", "fr-naloxone"], results.Ids());
    }

    [Fact]
    public void AUnStandardNamedFindsThePracticesThatApplyIt()
    {
        using var index = TestIndex.Of(
            Practices.Make("pt-women", title: "Women's centre") with { UnStandards = ["bangkok-rules"] },
            Practices.Make("pt-court", title: "Drug court") with { UnStandards = ["tokyo-rules"] },
            Practices.Make("pt-none", title: "Housing after release"));

        var results = index.Search("Bangkok Rules");

        // The practice applying another set of rules follows, for "rules" alone.
        Assert.Equal(["pt-women", "pt-court"], results.Ids());
    }

    [Fact]
    public void AnOutcomeItsEvaluationMeasuredFindsThePractice()
    {
        using var index = TestIndex.Of(
            Practices.Make("us-court", title: "Drug court", body: "Participants report to the judge every week. " + Practices.Filler)
                with { Evidence = new("rigorous-evaluation", ["recidivism"], []) },
            Practices.Make("ie-court", title: "Drug court", body: "Participants report to the judge every week. " + Practices.Filler)
                with { Evidence = new("rigorous-evaluation", ["recidivism", "cost"], []) });

        // A researcher asks which evaluations weighed the cost; neither text says "cost".
        var results = index.Search("drug court cost");
        Assert.Equal(["ie-court", "us-court"], results.Ids());
        Assert.Empty(results.Hits[0].MissingWords);
    }

    [Fact]
    public void APracticeFromAnyOfThePlacesNamedHasThePlace()
    {
        using var index = Index();

        // "methadone Italy France" asks for either country, as "Iberian" asks for Spain or Portugal.
        var results = index.Search("methadone Italy France");

        Assert.Equal(["fr-methadone", "it-methadone"], results.Ids().Take(2).Order());
        Assert.All(results.Hits.Take(2), hit => Assert.Empty(hit.MissingWords));
        Assert.Equal(["methadone"], results.Hits.Single(h => h.Id == "fr-housing").MissingWords);
    }

    [Theory]
    [InlineData("methadone in Europe")]
    [InlineData("European methadone")]
    [InlineData("méthadone en Europe")]
    [InlineData("methadone v Evropě")]
    public void EuropeStandsForItsFourRegions(string query)
    {
        using var index = TestIndex.Of(
            Practices.Make("us-methadone", title: "Methadone in prison", body: "Methadone is continued in every prison. " + Practices.Filler, countries: ["US"]),
            Practices.Make("it-methadone", title: "Methadone in prison", body: "Methadone is continued in every prison. " + Practices.Filler, countries: ["IT"]));

        var results = index.Search(query);

        Assert.Equal(["it-methadone", "us-methadone"], results.Ids());
        var place = Assert.Single(results.Places);
        Assert.Equal("region", place.Dimension);
        Assert.Equal(["eastern-europe", "northern-europe", "southern-europe", "western-europe"], place.Values.Order());
    }

    [Fact]
    public void APracticeOfNoCountryIsFromThePlaceItsOwnTextNames()
    {
        // An international network named for the place comes first among the place's practices, as its name says.
        using var index = TestIndex.Of(
            Practices.Make("it-children", title: "Visits for children of prisoners", body: "A network of visiting rooms for children. " + Practices.Filler, countries: ["IT"]),
            Practices.Make("int-network", title: "Children of Prisoners Europe", body: "A European network for children of prisoners. " + Practices.Filler, countries: []) with { Scope = "international" },
            Practices.Make("int-elsewhere", title: "Children of prisoners worldwide", body: "A network for children of prisoners. " + Practices.Filler, countries: []) with { Scope = "international" });

        var results = index.Search("European network children of prisoners");

        Assert.Equal(["int-network", "it-children", "int-elsewhere"], results.Ids());
        // Both are from Europe with every word, and the answer counts both.
        Assert.Equal("2", Assert.Single(results.Notices, n => n.Kind == SearchNoticeKind.MostWords).Detail);
    }

    [Theory]
    [InlineData("training détenus")]
    [InlineData("training reclusos")]
    public void PrisonersNamedInAnotherLanguageAreFoundInEnglishTexts(string query)
    {
        // Most practices say "prisoner"; the French one says "détenus" and not "training".
        using var index = TestIndex.Of(
            Practices.Make("en-training", title: "Training", body: "Vocational training for every prisoner. " + Practices.Filler),
            Practices.Make("en-housing", title: "Housing", body: "A flat for every prisoner. " + Practices.Filler),
            Practices.Make("fr-housing", title: "Logement", body: "Un logement pour les détenus et les reclusos. " + Practices.Filler, language: "fr"));

        var results = index.Search(query);

        Assert.Equal("en-training", results.Ids()[0]);
        Assert.Empty(results.Hits[0].MissingWords);
        Assert.Equal("1", Assert.Single(results.Notices, n => n.Kind == SearchNoticeKind.MostWords).Detail);
    }

    [Fact]
    public void ANameMayStandForSeveralRegions()
    {
        // As "Africa" stands for Northern Africa and Sub-Saharan Africa; a region the taxonomy lacks is left out.
        var names = new GoodPractices.Search.Querying.Reading.PlaceNames(TestTaxonomy.Instance,
            "region:southern-europe,western-europe,atlantis: southwestern europe\n");

        var (start, count, place) = Assert.Single(names.Find(["methadone", "southwestern", "europe"]));

        Assert.Equal((1, 2), (start, count));
        Assert.Equal(["southern-europe", "western-europe"], place.Values);
    }

    [Fact]
    public void AShortFormThatIsAlsoAnEverydayWordCountsOnlyInCapitals()
    {
        using var index = Index();

        Assert.Empty(index.Search("methadone for us").Places);
    }

    [Theory]
    [InlineData("what works for housing", "housing")]
    [InlineData("how do programmes of housing work", "housing work")]
    [InlineData("qu'est-ce que le housing", "housing")]
    [InlineData("come si housing", "housing")]
    public void QuestionWordsAndFillersNeverSinkAQuery(string question, string plain)
    {
        using var index = Index();

        Assert.Equal(index.Search(plain).Ids()[0], index.Search(question).Ids()[0]);
        Assert.Equal("fr-housing", index.Search(question).Ids()[0]);
    }

    [Fact]
    public void TheLastWordIsCompletedAsTheReaderTypes()
    {
        using var index = Index();

        Assert.Equal(["pt-naloxone"], index.Search("nalox").Ids());
        // With a space after it, the word is finished: nothing is called "nalox".
        Assert.DoesNotContain("pt-naloxone", index.Search("kits nalox ").Ids().Skip(1));
    }

    [Fact]
    public void AQueryWithAMeaningfulWordIsNeverAnsweredWithNothing()
    {
        using var index = Index();

        var results = index.Search("naloxone visiting rights gardening");

        Assert.Equal("pt-naloxone", results.Ids()[0]);
        Assert.Contains(results.Notices, n => n.Kind == SearchNoticeKind.MostWords);
    }

    private sealed class PlaceComparer : IEqualityComparer<PlaceFilter>
    {
        public bool Equals(PlaceFilter? x, PlaceFilter? y) => x!.Dimension == y!.Dimension && x.Values.SequenceEqual(y.Values);

        public int GetHashCode(PlaceFilter obj) => obj.Dimension.GetHashCode(StringComparison.Ordinal);
    }
}
