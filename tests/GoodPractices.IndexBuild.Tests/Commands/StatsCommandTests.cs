using GoodPractices.IndexBuild.Commands;

namespace GoodPractices.IndexBuild.Tests.Commands;

public class StatsCommandTests
{
    private static string Run(string caseName)
    {
        var fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        using var output = new StringWriter();
        var exit = CommandLine.Run(["stats", Path.Combine(fixtures, "Validation", caseName), "--taxonomy", Path.Combine(fixtures, "taxonomy.yml")], output, TextWriter.Null);
        Assert.Equal(0, exit);
        return output.ToString();
    }

    [Fact]
    public void ItCountsPracticesTranslationsAndCountries()
    {
        var output = Run("valid-entry-and-translation");

        Assert.Contains("1 valid practices, 1 translations, 0 errors, 0 warnings.", output, StringComparison.Ordinal);
        Assert.Matches(@"\n\s+1\s+IT\s+Italy", output);
        Assert.Matches(@"\n\s+1\s+fr\s+Français", output);
    }

    [Fact]
    public void ItPointsAtVocabularyValuesThatNoEntryUsesYet()
    {
        var output = Run("valid-entry-and-translation");

        Assert.Matches(@"\n\s+1\s+treatment-as-sentence-condition\r?\n", output);
        Assert.Matches(@"\n\s+0\s+drug-treatment-court\s+<- no entry yet", output);
    }
}
