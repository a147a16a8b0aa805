namespace GoodPractices.Core.Tests.Validation;

/// <summary>Messages say what is wrong and how to fix it, with the closest valid value where there is one.</summary>
public class ValidationMessageTests
{
    private static string MessageOf(string caseName) => Assert.Single(Fixture.LoadCase(caseName).Diagnostics).Message;

    [Fact]
    public void AnUnknownSlugSuggestsTheClosestValidSlugs() =>
        Assert.Contains("Did you mean 'drug-treatment-court'", MessageOf("unknown-vocabulary-value"), StringComparison.Ordinal);

    [Fact]
    public void AMistypedEvidenceLevelSuggestsRealLevels() =>
        Assert.Contains("'evaluated-outcomes'", MessageOf("unknown-evidence-level"), StringComparison.Ordinal);

    [Fact]
    public void AnUnknownFieldSuggestsTheFieldMeant() =>
        Assert.Contains("Did you mean 'countries'?", MessageOf("unknown-field"), StringComparison.Ordinal);

    [Fact]
    public void ALowerCaseCountryCodeIsToldToUseCapitals() =>
        Assert.Contains("Write it in capitals: 'IT'", MessageOf("lower-case-country"), StringComparison.Ordinal);

    [Fact]
    public void ADuplicateIdNamesTheFileThatHasItFirst() =>
        Assert.Contains("already used by it/it-sample-practice.md", MessageOf("duplicate-id"), StringComparison.Ordinal);

    [Fact]
    public void AnIdThatDiffersFromTheFileNameSaysWhatToRename() =>
        Assert.Contains("Rename the file to 'it-sample-practice.md'", MessageOf("id-differs-from-file-name"), StringComparison.Ordinal);

    [Fact]
    public void AShortBodySaysHowManyWordsItHasAndNeeds() =>
        Assert.Matches(@"The text has \d+ words; describe the practice in at least 50", MessageOf("body-too-short"));

    [Fact]
    public void AFileThatIsNotUtf8IsToldToBeSavedAsUtf8() =>
        Assert.Contains("UTF-8", MessageOf("not-utf8"), StringComparison.Ordinal);

    [Fact]
    public void AnUnknownRelatedIdIsNamed() =>
        Assert.Contains("'it-no-such-practice'", MessageOf("unknown-related-id"), StringComparison.Ordinal);

    [Fact]
    public void AFieldThatBelongsToTheOriginalIsExplainedInATranslation() =>
        Assert.Contains("taken from the original entry", MessageOf("original-field-in-translation"), StringComparison.Ordinal);
}
