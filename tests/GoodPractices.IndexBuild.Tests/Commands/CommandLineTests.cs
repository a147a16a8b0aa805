using GoodPractices.IndexBuild.Commands;

namespace GoodPractices.IndexBuild.Tests.Commands;

public class CommandLineTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
    private static readonly string Taxonomy = Path.Combine(Fixtures, "taxonomy.yml");
    private static readonly string Valid = Path.Combine(Fixtures, "Validation", "valid-entry-and-translation");

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CommandLine.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("validate", "--format")]
    [InlineData("build", "--out")]
    [InlineData("new", "--country")]
    [InlineData("stats", "--taxonomy")]
    [InlineData("generate", "--count")]
    public void EveryCommandExplainsItsOptions(string command, string option)
    {
        var (exit, output, _) = Run(command, "--help");

        Assert.Equal(0, exit);
        Assert.Contains(option, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("stats")]
    public void AnUnknownOptionIsRefusedNotIgnored(string command)
    {
        var (exit, output, error) = Run(command, Valid, "--taxonomy", Taxonomy, "--strict");

        Assert.Equal(2, exit);
        Assert.Contains("--strict", error.Split('\n')[0], StringComparison.Ordinal);
        Assert.DoesNotContain("checked", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("build")]
    public void EveryCommandThatReportsProblemsRefusesAFormatItDoesNotKnow(string command)
    {
        var index = Path.Combine(Path.GetTempPath(), "gp-cli-" + Guid.NewGuid().ToString("N"));
        string[] output = command == "build" ? ["--out", index] : [];
        var (exit, _, error) = Run([command, Valid, "--taxonomy", Taxonomy, .. output, "--format", "xml"]);

        Assert.Equal(2, exit);
        Assert.Contains("xml", error.Split('\n')[0], StringComparison.Ordinal);
        Assert.False(Directory.Exists(index));
    }

    [Fact]
    public void BuildPrintsProblemsAsAnnotationsWhenAskedTo()
    {
        var index = Path.Combine(Path.GetTempPath(), "gp-cli-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exit, output, _) = Run("build", Path.Combine(Fixtures, "Validation", "every-problem-in-one-pass"), "--taxonomy", Taxonomy, "--out", index, "--format", "github");

            Assert.Equal(1, exit);
            Assert.Contains("::error file=", output, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(index)) Directory.Delete(index, recursive: true);
        }
    }

    [Fact]
    public void ASeedThatIsNotANumberIsRefused()
    {
        var folder = Path.Combine(Path.GetTempPath(), "gp-cli-" + Guid.NewGuid().ToString("N"));
        var (exit, _, error) = Run("generate", "--count", "3", "--seed", "many", "--out", folder, "--taxonomy", Taxonomy);

        Assert.Equal(2, exit);
        Assert.Contains("many", error.Split('\n')[0], StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void OptionsMayBeWrittenWithAnEqualsSign()
    {
        var (exit, output, _) = Run("validate", Valid, $"--taxonomy={Taxonomy}", "--format=text");

        Assert.Equal(0, exit);
        Assert.Contains("0 errors", output, StringComparison.Ordinal);
    }
}
