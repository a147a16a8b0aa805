using GoodPractices.Core.Validation;

namespace GoodPractices.Core.Tests.Validation;

/// <summary>A contributor reads the validator's advice in any interface language, with every value filled in.</summary>
public class ValidationMessageCatalogTests
{
    private static readonly string[] InterfaceLanguages = ["en", "fr", "it", "pt", "cs"];

    [Fact]
    public void EveryMessageExistsInEveryInterfaceLanguageWithTheSamePlaceholders()
    {
        var problems = from key in ValidationMessages.Keys
                       let translations = ValidationMessages.Translations(key)
                       let english = ValidationMessages.PlaceholdersOf(translations["en"])
                       from language in InterfaceLanguages
                       where !translations.TryGetValue(language, out var text) || !ValidationMessages.PlaceholdersOf(text).SetEquals(english)
                       select $"{key}/{language}";
        Assert.Empty(problems);
    }

    [Fact]
    public void EveryMessageTheFixturesProduceComesFromTheCatalog()
    {
        var keys = ValidationMessages.Keys.ToHashSet();
        var used = Directory.GetDirectories(Fixture.ValidationCases)
            .SelectMany(dir => Fixture.LoadCase(Path.GetFileName(dir)).Diagnostics)
            .SelectMany(d => d.Parts)
            .Select(p => p.Key)
            .ToHashSet();

        Assert.Subset(keys, used);
    }

    [Theory]
    [InlineData("fr", "'drug-court'")]
    [InlineData("it", "'drug-court'")]
    [InlineData("pt", "'drug-court'")]
    [InlineData("cs", "'drug-court'")]
    public void AMessageInAnotherLanguageKeepsTheValuesAndSuggestion(string language, string value)
    {
        var diagnostic = Assert.Single(Fixture.LoadCase("unknown-vocabulary-value").Diagnostics);

        var message = diagnostic.MessageIn(language);

        Assert.NotEqual(diagnostic.Message, message);
        Assert.Contains(value, message, StringComparison.Ordinal);
        Assert.Contains("'drug-treatment-court'", message, StringComparison.Ordinal);
        Assert.DoesNotContain("{", message, StringComparison.Ordinal);
    }
}
