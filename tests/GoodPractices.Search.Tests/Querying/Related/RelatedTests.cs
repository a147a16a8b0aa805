using GoodPractices.Search.Tests.Support;

namespace GoodPractices.Search.Tests.Querying.Related;

public class RelatedTests
{
    private static GoodPractices.Search.Contracts.IPracticeSearcher Index() => TestIndex.Of(
        Practices.Make("court", title: "Drug treatment court", body: "Judges supervise drug treatment through regular court hearings with probation officers. " + Practices.Filler,
            interventions: ["drug-treatment-court"], related: ["listed", "court", "missing"]),
        Practices.Make("listed", title: "Family visits", body: "Families visit people in prison every week. " + Practices.Filler, interventions: ["family-support"]),
        Practices.Make("similar", title: "Treatment court for young people", body: "Judges supervise drug treatment of young people through court hearings. " + Practices.Filler,
            interventions: ["drug-treatment-court"]),
        Practices.Make("unrelated", title: "Vocational training", body: "Carpentry workshops. Welding certificates. Bakery apprenticeships.", interventions: ["vocational-training-employment"],
            groups: ["young-people"], stages: ["in-prison"], settings: ["prison"], countries: ["NL"]));

    [Fact]
    public void TheEntrysOwnRelatedListComesFirst()
    {
        using var index = Index();

        var related = index.Related("court");

        Assert.Equal("listed", related[0].Id);
    }

    [Fact]
    public void SimilarPracticesFollowTheListedOnes()
    {
        using var index = Index();

        var related = index.Related("court");

        Assert.Equal(["listed", "similar"], related.Take(2).Select(h => h.Id));
    }

    [Fact]
    public void APracticeIsNeverRelatedToItself()
    {
        using var index = Index();

        Assert.All(index.Related("court", max: 10), h => Assert.NotEqual("court", h.Id));
        Assert.All(index.Related("similar", max: 10), h => Assert.NotEqual("similar", h.Id));
    }

    [Fact]
    public void TheNumberOfRelatedPracticesIsCapped()
    {
        using var index = Index();

        Assert.Single(index.Related("court", max: 1));
        Assert.Empty(index.Related("court", max: 0));
    }

    [Fact]
    public void AnUnknownIdHasNoRelatedPractices()
    {
        using var index = Index();

        Assert.Empty(index.Related("nothing-here"));
    }

    [Fact]
    public void RelatedPracticesAreShownInTheReadersLanguage()
    {
        using var index = TestIndex.Of(
            Practices.Make("a", title: "First", related: ["b"]),
            Practices.Make("b", title: "Second", translations: [Practices.Translation("b", "fr", "Deuxième", "Résumé.", Practices.Filler)]));

        Assert.Equal("Deuxième", Assert.Single(index.Related("a", displayLanguage: "fr")).Title);
    }
}
