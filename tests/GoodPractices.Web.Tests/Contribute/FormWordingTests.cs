using System.Text.RegularExpressions;
using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Contribute;

/// <summary>The form's messages speak of the form, never of the file it writes.</summary>
public sealed partial class FormWordingTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    // What a contributor using the form never needs to know: field names, list syntax, headings, the front matter.
    [GeneratedRegex(@"[a-z]+_[a-z]+|\w\[\d+\]|\[[\w-]+, [\w-]+\]|##|front matter|en-tête|intestazione|cabeçalho|hlavičk|practices/taxonomy")]
    private static partial Regex FileWords();

    private static readonly (string Name, string Value)[] Mistakes =
    [
        ("Title", ""), ("Organisations[2].Type", ""), ("StartYear", "2030"), ("EndYear", "2020"), ("Countries", ""),
        ("Context", ""), ("WhatItDoes", ""), ("Results", ""), ("Transferability", ""), ("Contact", ""),
        ("Related[0]", "it-casa-aurora"), ("LastReviewed", "2099-01-01"), ("Sources[0].Url", "not an address"),
    ];

    [Theory]
    [InlineData("/contribute")]
    [InlineData("/fr/contribute")]
    [InlineData("/cs/contribute")]
    public async Task NoMessageNamesAFileFieldListSyntaxOrHeading(string address)
    {
        var (_, page) = await ContributeClient.PostAsync(site.Client(), ContributionFixture.With(Mistakes), address);

        var messages = page.QuerySelectorAll(".error-summary li, .field-messages p").Select(m => m.TextContent.Trim()).ToList();
        Assert.True(messages.Count >= 8, string.Join("\n", messages));
        Assert.All(messages, message => Assert.DoesNotMatch(FileWords(), message));
    }

    [Fact]
    public async Task AFieldInARowIsNamedAsTheFormLabelsIt()
    {
        var (_, page) = await ContributeClient.PostAsync(site.Client(), ContributionFixture.With(("Organisations[2].Type", "")));

        var summary = page.QuerySelectorAll(".error-summary li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains(summary, item => item.StartsWith("Organisation 2: type:", StringComparison.Ordinal));
        Assert.Contains("Fill in “Organisation 2: type”", page.QuerySelector("#f-organisations-2-type-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmptyTextNamesThePartsOfTheFormNotTheHeadingsOfTheFile()
    {
        var (_, page) = await ContributeClient.PostAsync(site.Client(), ContributionFixture.With(
            ("Context", ""), ("WhatItDoes", ""), ("Results", ""), ("Transferability", ""), ("Contact", "")));

        var message = page.QuerySelector("#f-body-error")!.TextContent;
        Assert.Contains("“Context”, “What it does”, “Results”, “Transferability”, “Contact”", message, StringComparison.Ordinal);
        Assert.Contains("at least 50 words", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheYearsAreComparedByTheirLabels()
    {
        var (_, page) = await ContributeClient.PostAsync(site.Client(), ContributionFixture.With(("StartYear", "2020"), ("EndYear", "2010")));

        Assert.Contains("“End year” (2010) is before “Start year” (2020).", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
    }
}
