namespace GoodPractices.Core.Tests.Validation;

/// <summary>
/// One folder per check under Fixtures/Validation: practice files, and expected.txt listing the diagnostics
/// (<c>path:line:column: severity CODE</c>) the validator must report, and nothing else.
/// </summary>
public class ValidationFixtureTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Fixture.ValidationCases).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EachCheckReportsItsCodeAtTheLineAndColumnOfTheOffendingNode(string caseName)
    {
        var expected = File.ReadAllLines(Path.Combine(Fixture.ValidationCases, caseName, "expected.txt"))
            .Where(l => l.Length > 0)
            .Order(StringComparer.Ordinal)
            .ToList();

        var result = Fixture.LoadCase(caseName);

        var actual = result.Diagnostics
            .Select(d => $"{d.Path}:{d.Line}:{d.Column}: {(d.IsError ? "error" : "warning")} {d.Code}")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void ABrokenFileDoesNotStopTheOthersFromLoading()
    {
        var result = Fixture.LoadCase("every-problem-in-one-pass");

        var loaded = Assert.Single(result.Corpus.Practices);
        Assert.Equal("pt-good-practice", loaded.Id);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void AValidEntryLoadsWithItsTranslationAndEveryField()
    {
        var result = Fixture.LoadCase("valid-entry-and-translation");

        var practice = Assert.Single(result.Corpus.Practices);
        Assert.Equal(["IT"], practice.Countries);
        Assert.Equal("Ministry of Justice", practice.Organisations[0].Name);
        Assert.Equal("https://www.giustizia.it", practice.Organisations[0].Url);
        Assert.Equal(1990, practice.StartYear);
        Assert.Equal("process-evaluation", practice.Evidence.Level);
        Assert.Equal(["recidivism"], practice.Evidence.Outcomes);
        Assert.Equal(new DateOnly(2026, 11, 1), practice.LastReviewed);
        Assert.StartsWith("## Context", practice.Body, StringComparison.Ordinal);
        var translation = Assert.Single(practice.Translations);
        Assert.Equal("fr", translation.Language);
        Assert.Equal(["en", "fr"], practice.AvailableLanguages);
        Assert.Equal("Probation thérapeutique", practice.TextIn("fr").Title);
        Assert.Equal(practice.Title, practice.TextIn("cs").Title);
    }

    [Fact]
    public void DiagnosticsPrintAsCompilerStyleLines()
    {
        var diagnostic = Assert.Single(Fixture.LoadCase("unknown-country").Diagnostics);

        Assert.Matches(@"^it/it-sample-practice\.md:6:17: error GP009: 'XZ' is not an ISO 3166-1 country code", diagnostic.ToString());
    }
}
