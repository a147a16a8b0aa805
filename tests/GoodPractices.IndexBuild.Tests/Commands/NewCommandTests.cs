using GoodPractices.Core.Corpus;
using GoodPractices.Core.Taxonomy;
using GoodPractices.IndexBuild.Commands;

namespace GoodPractices.IndexBuild.Tests.Commands;

public sealed class NewCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gp-new-").FullName;

    public NewCommandTests() =>
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "taxonomy.yml"), Path.Combine(_dir, "taxonomy.yml"));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Scaffold(params string[] extra)
    {
        using var output = new StringWriter();
        var exit = CommandLine.Run(["new", "--dir", _dir, .. extra], output, TextWriter.Null);
        Assert.Equal(0, exit);
        return Directory.GetFiles(_dir, "*.md", SearchOption.AllDirectories).Single();
    }

    private CorpusLoadResult Validate() =>
        new CorpusLoader(TaxonomyLoader.Load(Path.Combine(_dir, "taxonomy.yml")), DateOnly.FromDateTime(DateTime.UtcNow)).Load(_dir);

    [Fact]
    public void TheFileIsNamedAfterTheTitleInTheCountryFolder()
    {
        var path = Scaffold("--country", "it", "--title", "Casa di accoglienza: donne e bambini");

        Assert.Equal(Path.Combine(_dir, "it", "it-casa-di-accoglienza-donne-e-bambini.md"), path);
    }

    [Fact]
    public void SeveralCountriesGoToTheInternationalFolder()
    {
        var path = Scaffold("--country", "IT,FR", "--title", "Cross-border exchange");

        Assert.Equal(Path.Combine(_dir, "international", "int-cross-border-exchange.md"), path);
    }

    [Fact]
    public void UntilItsPlaceholdersAreFilledTheValidatorPointsAtEachOne()
    {
        Scaffold("--country", "PT", "--title", "Drug liaison teams");

        var fields = Validate().Diagnostics.Select(d => d.Field).ToHashSet();

        Assert.Superset(new HashSet<string?> { "summary", "scope", "start_year", "status", "intervention_types", "evidence.level", "sources[1].title" }, fields);
    }

    [Fact]
    public void OnceItsPlaceholdersAreFilledItValidates()
    {
        var path = Scaffold("--country", "PT", "--title", "Drug liaison teams");
        var text = File.ReadAllText(path)
            .Replace("summary:     ", "summary: Teams link people in police custody to treatment.", StringComparison.Ordinal)
            .Replace("scope:     ", "scope: national", StringComparison.Ordinal)
            .Replace("  - name:     ", "  - name: Ministry of Health", StringComparison.Ordinal)
            .Replace("    type:     ", "    type: government", StringComparison.Ordinal)
            .Replace("start_year:     ", "start_year: 2012", StringComparison.Ordinal)
            .Replace("status:     ", "status: active", StringComparison.Ordinal)
            .Replace("intervention_types: []", "intervention_types: [screening-and-referral]", StringComparison.Ordinal)
            .Replace("justice_stages: []", "justice_stages: [police-custody]", StringComparison.Ordinal)
            .Replace("settings: []", "settings: [police]", StringComparison.Ordinal)
            .Replace("target_groups: []", "target_groups: [adults]", StringComparison.Ordinal)
            .Replace("  level:     ", "  level: promising-unevaluated", StringComparison.Ordinal)
            .Replace("  - title:     ", "  - title: Annual report", StringComparison.Ordinal)
            .Replace("## Context\n", "## Context\n\n" + string.Join(' ', Enumerable.Repeat("Described", 60)) + "\n", StringComparison.Ordinal);
        File.WriteAllText(path, text);

        var result = Validate();

        Assert.Empty(result.Diagnostics);
        var practice = Assert.Single(result.Corpus.Practices);
        Assert.Equal("Drug liaison teams", practice.Title);
        Assert.Equal(["PT"], practice.Countries);
    }

    [Fact]
    public void AnUnknownCountryIsRefused()
    {
        using var error = new StringWriter();
        var exit = CommandLine.Run(["new", "--dir", _dir, "--country", "XZ", "--title", "Anything"], TextWriter.Null, error);

        Assert.Equal(2, exit);
        Assert.Contains("Unknown country code 'XZ'", error.ToString(), StringComparison.Ordinal);
    }
}
