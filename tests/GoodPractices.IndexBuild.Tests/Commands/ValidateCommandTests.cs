using GoodPractices.IndexBuild.Commands;

namespace GoodPractices.IndexBuild.Tests.Commands;

public class ValidateCommandTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
    private static readonly string Taxonomy = Path.Combine(Fixtures, "taxonomy.yml");

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CommandLine.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static string Case(string name) => Path.Combine(Fixtures, "Validation", name);

    [Fact]
    public void AFolderWithErrorsExitsWithOneAndListsEveryProblemAtItsLine()
    {
        var (exit, output, _) = Run("validate", Case("every-problem-in-one-pass"), "--taxonomy", Taxonomy);

        Assert.Equal(1, exit);
        Assert.Contains("it/it-sample-practice.md:12:13: error GP012:", output, StringComparison.Ordinal);
        Assert.Contains("it/it-sample-practice.md:17:17: error GP006:", output, StringComparison.Ordinal);
        Assert.Contains("it/it-sample-practice.md:25:10: error GP011:", output, StringComparison.Ordinal);
        Assert.Contains("2 files checked: 1 valid practice, 3 errors, 0 warnings.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void WarningsAloneDoNotFailTheCheck()
    {
        var (exit, output, _) = Run("validate", Case("unknown-field"), "--taxonomy", Taxonomy);

        Assert.Equal(0, exit);
        Assert.Contains("warning GP005", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AValidFolderExitsWithZero()
    {
        var (exit, output, _) = Run("validate", Case("valid-entry-and-translation"), "--taxonomy", Taxonomy);

        Assert.Equal(0, exit);
        Assert.Contains("2 files checked: 1 valid practice, 0 errors, 0 warnings.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void GithubFormatPrintsAnnotationsWithFileLineAndColumn()
    {
        var (exit, output, _) = Run("validate", Case("unknown-vocabulary-value"), "--taxonomy", Taxonomy, "--format", "github");

        Assert.Equal(1, exit);
        Assert.Matches(@"::error file=[^,]*it/it-sample-practice\.md,line=14,col=22,title=GP006::'drug-court' is not a valid value", output);
    }

    [Fact]
    public void TheLargestFileReadCanBeSetInKilobytes()
    {
        // Both files of this folder are between 1 and 8 KB.
        var (strictExit, strict, _) = Run("validate", Case("valid-entry-and-translation"), "--taxonomy", Taxonomy, "--max-file-kb", "1");
        var (roomyExit, roomy, _) = Run("validate", Case("valid-entry-and-translation"), "--taxonomy", Taxonomy, "--max-file-kb", "8");

        Assert.Equal(1, strictExit);
        Assert.Contains("it/it-sample-practice.md:1:1: error", strict, StringComparison.Ordinal);
        Assert.Contains("may be at most 1 KB", strict, StringComparison.Ordinal);
        Assert.Equal(0, roomyExit);
        Assert.Contains("0 errors", roomy, StringComparison.Ordinal);
    }

    [Fact]
    public void ALimitBelowOneKilobyteIsAUsageError()
    {
        var (exit, _, error) = Run("validate", Case("valid-entry-and-translation"), "--taxonomy", Taxonomy, "--max-file-kb", "0");

        Assert.Equal(2, exit);
        Assert.Contains("--max-file-kb must be at least 1.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingFolderIsAUsageErrorWithTheUsage()
    {
        var (exit, _, error) = Run("validate", Path.Combine(Fixtures, "no-such-folder"));

        Assert.Equal(2, exit);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
        Assert.Contains("Usage: index-build", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownCommandIsAUsageError() =>
        Assert.Equal(2, Run("frobnicate").Exit);
}
