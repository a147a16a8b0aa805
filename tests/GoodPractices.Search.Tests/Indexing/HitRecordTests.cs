using GoodPractices.Search.Indexing;

namespace GoodPractices.Search.Tests.Indexing;

public class HitRecordTests
{
    private static HitRecord Record(params string[] languages) => new(
        "it-example", ["IT", "SM"], ["peer-support"], 2019, new DateOnly(2026, 3, 14),
        [.. languages.Select(l => new HitText(l, $"Title {l} \"quoted\" é", $"Summary {l}", $"Prose {l} ü\n<b>"))])
    {
        EvidenceLevel = "promising",
        Status = "active",
        Outcomes = ["recidivism", "cost"],
    };

    public static TheoryData<string[], string> Shown => new()
    {
        { ["it", "en", "fr"], "fr" },
        { ["it", "en", "fr"], "en" },
        { ["it", "en", "fr"], "it" },
        { ["it", "en", "fr"], "cs" },
        { ["it", "fr"], "cs" },
        { ["pt"], "en" },
        { ["en", "cs"], "cs" },
        { ["fr", "it", "en"], "pt" },
    };

    [Theory]
    [MemberData(nameof(Shown))]
    public void ReadingOnlyTheShownTextGivesWhatTheWholeRecordShows(string[] languages, string reader)
    {
        var bytes = Record(languages).SerializeToUtf8();

        var whole = HitRecord.Deserialize(bytes);
        var shown = HitRecord.ReadFor(bytes, reader);

        Assert.Equal(whole.TextIn(reader), shown.TextIn(reader));
        Assert.Equal(whole.Id, shown.Id);
        Assert.Equal(whole.Countries, shown.Countries);
        Assert.Equal(whole.InterventionTypes, shown.InterventionTypes);
        Assert.Equal(whole.StartYear, shown.StartYear);
        Assert.Equal(whole.LastReviewed, shown.LastReviewed);
        Assert.Equal("promising", shown.EvidenceLevel);
        Assert.Equal("active", shown.Status);
        Assert.Equal(["recidivism", "cost"], shown.Outcomes);
    }

    [Fact]
    public void ARecordWithoutBadgesOrProseIsReadAsWritten()
    {
        var record = Record("en", "fr") with { EvidenceLevel = null, Status = null, Outcomes = null };
        var shown = HitRecord.ReadFor(record.SerializeWithoutProse(), "fr");

        Assert.Null(shown.EvidenceLevel);
        Assert.Null(shown.Status);
        Assert.Null(shown.Outcomes);
        Assert.Equal(("fr", "Title fr \"quoted\" é", ""), (shown.TextIn("fr").Language, shown.TextIn("fr").Title, shown.TextIn("fr").Prose));
    }
}
