using GoodPractices.Core.Content;
using GoodPractices.Core.Taxonomy;
using GoodPractices.Core.Validation;

namespace GoodPractices.Core.Tests.Content;

/// <summary>However its front matter is damaged, a file is reported with a position; reading never throws.</summary>
public class DamagedFrontMatterTests
{
    private static readonly PracticeFileReader Reader = new(TaxonomyLoader.LoadFromCorpus(Repository.Practices), Fixture.Today);

    [Theory]
    [InlineData("id: a\nid: b\n")]
    [InlineData("? [a, b]\n: c\n")]
    [InlineData("a: &x b\nc: *y\n")]
    [InlineData("a: b\n  c: d\n")]
    [InlineData("a: !!binary x\n")]
    [InlineData("<<: *x\n")]
    [InlineData("a:\n- b\n - c\n")]
    [InlineData("{a: b}: c\n")]
    [InlineData("a: [b, {c: d]\n")]
    [InlineData("&a a: b\n*a : c\n")]
    [InlineData("a: b\n---\nc: d\n")]
    [InlineData("%YAML 1.2\n")]
    [InlineData("a: 'b\n")]
    [InlineData("a: *x\n")]
    [InlineData("a: &x\n  b: *x\n")]
    [InlineData("a: &x [*x]\n")]
    [InlineData("&x a: *x\n")]
    [InlineData("a: &x b\nc: &x d\ne: *x\n")]
    [InlineData("id: &x\n  - *x\n")]
    public void IsReportedAsAYamlProblemWithAPosition(string yaml)
    {
        var file = Reader.Read("---\n" + yaml + "---\n\nBody.\n", "it/broken.md");

        Assert.Contains(file.Diagnostics, d => d.IsError);
        Assert.All(file.Diagnostics, d => Assert.True(d.Line >= 2 && d.Column >= 1, d.ToString()));
    }
}
