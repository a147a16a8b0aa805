using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Contribute;

/// <summary>The long form is one form in numbered steps, each a link to its part, marked when it has a problem.</summary>
public sealed class FormStepsTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task EveryStepLinksToAPartOfTheOneForm()
    {
        var (_, _, page) = await Html.GetAsync(site.Client(), "/contribute");

        var steps = page.QuerySelectorAll(".form-steps ol li a");
        Assert.Equal(8, steps.Length);
        Assert.Single(page.QuerySelectorAll("form#contribute-form"));
        Assert.All(steps, step =>
        {
            var target = page.GetElementById(step.GetAttribute("href")!.TrimStart('#'));
            Assert.NotNull(target);
            Assert.NotNull(target.Closest("form#contribute-form"));
        });
        Assert.Equal("1 About the practice", steps[0].TextContent.Trim());
    }

    [Fact]
    public async Task AStepWithAProblemIsMarked()
    {
        var (_, page) = await ContributeClient.PostAsync(site.Client(), ContributionFixture.With(("Organisations[2].Type", "")));

        var marked = page.QuerySelectorAll(".form-steps li.step-error a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#f-organisations-group"], marked);
        Assert.Contains("has a problem", page.QuerySelector(".form-steps li.step-error")!.TextContent, StringComparison.Ordinal);
    }
}
