using GoodPractices.Core.Content;
using GoodPractices.Core.Taxonomy;
using GoodPractices.Web.Contribute;
using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Contribute;

public sealed class PracticeFileWriterTests
{
    private static readonly PracticeTaxonomy Taxonomy = TaxonomyLoader.LoadFromCorpus(Fixtures.PracticesPath);

    [Theory]
    [InlineData("Casa \"Aurora\": donne")]
    [InlineData("- starts like a list item")]
    [InlineData("# starts like a comment")]
    [InlineData("null")]
    [InlineData("yes")]
    [InlineData("2015")]
    [InlineData("[brackets], {braces} & *stars* | pipes > arrows")]
    [InlineData("back\\slash and 'single' quotes")]
    [InlineData("Zákon č. 40/2009 Sb.: trestní zákoník — §")]
    [InlineData("tab\tinside")]
    [InlineData("ends with a colon:")]
    [InlineData("@at %percent `backtick` !bang &anchor")]
    public void AnyTitleReadsBackAsTyped(string title)
    {
        var practice = Read(Form(title: title, summary: title + " is also a summary."));

        Assert.Equal(title, practice.Title);
        // A summary is one paragraph: any run of white space in it reads as one space.
        Assert.Equal(title.Replace('\t', ' ') + " is also a summary.", practice.Summary);
        Assert.Equal(title, practice.Sources[0].Publisher);
    }

    [Fact]
    public void LineBreaksInTheSummaryBecomeSpacesAndALongSummaryIsWrappedForTheReaderOfTheFile()
    {
        var words = string.Join(' ', Enumerable.Repeat("word:", 60));
        var form = Form(summary: words.Replace("word: word:", "word:\r\nword:", StringComparison.Ordinal));

        var text = PracticeFileWriter.Write(form);

        Assert.Contains("summary: >-\n  word:", text, StringComparison.Ordinal);
        Assert.All(text.Split("\n---\n")[0].Split('\n'), line => Assert.True(line.Length <= 100, line));
        Assert.Equal(words, Read(form).Summary);
    }

    private static ContributionForm Form(string title = "A title", string summary = "A summary.") => new()
    {
        Id = "it-writer-test",
        Title = title,
        Summary = summary,
        Language = "en",
        Countries = ["IT"],
        Scope = "local",
        Organisations = [new OrganisationRow { Name = "Org", Type = "ngo" }],
        StartYear = "2010",
        Status = "active",
        InterventionTypes = ["family-support"],
        JusticeStages = ["post-release"],
        Settings = ["community"],
        TargetGroups = ["adults"],
        EvidenceLevel = "promising-unevaluated",
        Sources = [new SourceRow { Title = "Report", Publisher = title }],
        LastReviewed = "2026-01-01",
        Context = string.Join(' ', Enumerable.Repeat("Enough words for the body.", 12)),
    };

    private static Practice Read(ContributionForm form)
    {
        var read = new PracticeFileReader(Taxonomy, new DateOnly(2026, 6, 1)).Read(PracticeFileWriter.Write(form), "it/it-writer-test.md");
        Assert.Empty(read.Diagnostics.Select(d => d.ToString()));
        return read.Practice!;
    }
}
