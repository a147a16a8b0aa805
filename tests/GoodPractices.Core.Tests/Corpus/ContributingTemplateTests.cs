using System.Text.RegularExpressions;
using GoodPractices.Core.Content;
using GoodPractices.Core.Taxonomy;

namespace GoodPractices.Core.Tests.Corpus;

/// <summary>The template contributors copy from CONTRIBUTING.md must pass the check once its text is written.</summary>
public class ContributingTemplateTests
{
    [Fact]
    public void TheTemplateInTheContributionGuideValidatesOnceItsTextIsLongEnough()
    {
        var guide = File.ReadAllText(Path.Combine(Repository.Root, "CONTRIBUTING.md"));
        var template = Regex.Match(guide, "## The template\\s+```markdown\\n(?<t>.*?)\\n```", RegexOptions.Singleline).Groups["t"].Value;
        Assert.NotEmpty(template);
        // The template's body is headings and prompts; a contributor replaces them with at least 50 words.
        var filled = template + "\n" + string.Join(' ', Enumerable.Repeat("Described", 50));
        var reader = new PracticeFileReader(TaxonomyLoader.LoadFromCorpus(Repository.Practices), Fixture.Today);

        var file = reader.Read(filled, "it/it-example-practice.md");

        Assert.Empty(file.Diagnostics);
        Assert.NotNull(file.Practice);
    }
}
