using System.Reflection;
using NetArchTest.Rules;

namespace GoodPractices.Architecture.Tests;

/// <summary>
/// The layers of docs/architecture.md, held by the compiled assemblies rather than by habit: Core knows neither
/// Lucene nor ASP.NET Core, Search knows no ASP.NET Core, Web uses no Lucene type, and the command line never
/// reaches into the website. Data flows one way, through the index folder.
/// </summary>
public sealed class LayerTests
{
    private static readonly Assembly Core = typeof(GoodPractices.Core.Content.Practice).Assembly;
    private static readonly Assembly Search = typeof(GoodPractices.Search.Contracts.FacetDimension).Assembly;
    private static readonly Assembly Web = typeof(GoodPractices.Web.Api.ApiEndpoints).Assembly;
    private static readonly Assembly IndexBuild = typeof(GoodPractices.IndexBuild.Commands.BuildCommand).Assembly;

    [Theory]
    [InlineData("Lucene")]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("GoodPractices.Search")]
    [InlineData("GoodPractices.Web")]
    public void CoreKnowsNothingOf(string dependency) => AssertNoDependency(Core, dependency);

    [Theory]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("GoodPractices.Web")]
    public void SearchKnowsNothingOf(string dependency) => AssertNoDependency(Search, dependency);

    [Fact]
    public void WebUsesNoLuceneType() => AssertNoDependency(Web, "Lucene");

    [Fact]
    public void TheCommandLineNeverUsesTheWebsite() => AssertNoDependency(IndexBuild, "GoodPractices.Web");

    [Fact]
    public void LuceneIsNotOnWebsCompileReferences()
    {
        // Search keeps Lucene to itself (PrivateAssets="compile"): a Lucene type in Web would not even compile.
        var referenced = Web.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(referenced, name => name.StartsWith("Lucene", StringComparison.Ordinal));
    }

    [Fact]
    public void TheRulesSeeTheTypesTheyJudge()
    {
        // A rule over an empty set of types passes whatever it says: make sure each assembly was read.
        foreach (var assembly in new[] { Core, Search, Web, IndexBuild })
            Assert.NotEmpty(Types.InAssembly(assembly).GetTypes());
        Assert.False(Types.InAssembly(Search).ShouldNot().HaveDependencyOn("Lucene").GetResult().IsSuccessful);
    }

    private static void AssertNoDependency(Assembly assembly, string dependency)
    {
        var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOn(dependency).GetResult();

        Assert.True(result.IsSuccessful,
            $"{assembly.GetName().Name} depends on {dependency} in: " + string.Join(", ", result.FailingTypeNames ?? []));
    }
}
