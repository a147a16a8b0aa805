using System.Diagnostics;
using System.Text.Json;
using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Api;

/// <summary>
/// The OpenAPI description as API tooling judges it: Redocly's recommended rules, run from <c>tools/openapi-lint</c>
/// (<c>npm ci --prefix tools/openapi-lint</c>). Where it is not installed the test is skipped; CI installs it and sets
/// GOODPRACTICES_REQUIRE_LINT=1, so there it fails instead of hiding.
/// </summary>
public sealed class OpenApiLintTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [LintFact]
    public async Task RedoclysRecommendedRulesFindNoErrorInTheDescription()
    {
        var response = await site.Client().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        using var folder = new TempDirectory();
        var document = Path.Combine(folder.Path, "openapi.json");
        await File.WriteAllTextAsync(document, response);

        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Lint.Folder };
        foreach (var argument in new[] { Lint.Cli, "lint", document, "--format=json", "--config", Path.Combine(Lint.Folder, "redocly.yaml") })
            start.ArgumentList.Add(argument);
        using var lint = Process.Start(start)!;
        var output = await lint.StandardOutput.ReadToEndAsync();
        await lint.StandardError.ReadToEndAsync();
        await lint.WaitForExitAsync();

        using var report = JsonDocument.Parse(output);
        var errors = report.RootElement.GetProperty("problems").EnumerateArray()
            .Where(p => p.GetProperty("severity").GetString() == "error")
            .Select(p => p.GetProperty("ruleId").GetString() + ": " + p.GetProperty("message").GetString())
            .ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Equal(0, report.RootElement.GetProperty("totals").GetProperty("errors").GetInt32());
    }
}

internal static class Lint
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "tools", "openapi-lint");

    public static string Cli => Path.Combine(Folder, "node_modules", "@redocly", "cli", "bin", "cli.js");

    public static bool IsAvailable => File.Exists(Cli);

    public static bool IsRequired => Environment.GetEnvironmentVariable("GOODPRACTICES_REQUIRE_LINT") == "1";

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "GoodPractices.sln"))) folder = folder.Parent;
        return folder?.FullName ?? AppContext.BaseDirectory;
    }
}

/// <summary>A test that needs the OpenAPI linter: skipped where it is not installed, unless CI requires it.</summary>
public sealed class LintFactAttribute : FactAttribute
{
    public LintFactAttribute()
    {
        if (!Lint.IsAvailable && !Lint.IsRequired) Skip = "The OpenAPI linter is not installed (npm ci --prefix tools/openapi-lint).";
    }
}
