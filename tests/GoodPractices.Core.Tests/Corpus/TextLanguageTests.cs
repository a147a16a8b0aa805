using GoodPractices.Core.Content;

namespace GoodPractices.Core.Tests.Corpus;

/// <summary>Which text of a practice a reader gets: their language, else English, else the original.</summary>
public sealed class TextLanguageTests
{
    [Fact]
    public void AFrenchReaderOfAnItalianEntryGetsItsEnglishVersion()
    {
        using var corpus = new TempCorpus()
            .With("it/it-original.md", TempCorpus.Practice("it-original", language: "it"))
            .With("it/it-original.en.md", Translation("it-original", "en", "The English version"));

        var practice = Assert.Single(corpus.Load().Corpus.Practices);

        Assert.Equal("The English version", practice.TextIn("fr").Title);
        Assert.True(practice.TextIn("fr").IsTranslation);
        Assert.Equal("it", practice.TextIn("it").Language);
    }

    [Fact]
    public void WithoutAnEnglishVersionTheOriginalIsShown()
    {
        using var corpus = new TempCorpus()
            .With("it/it-original.md", TempCorpus.Practice("it-original", language: "it"))
            .With("it/it-original.pt.md", Translation("it-original", "pt", "A versão portuguesa"));

        var practice = Assert.Single(corpus.Load().Corpus.Practices);

        Assert.Equal("it", practice.TextIn("fr").Language);
        Assert.Equal("A versão portuguesa", practice.TextIn("pt").Title);
    }

    private static string Translation(string id, string language, string title) =>
        $"""
        ---
        translation_of: {id}
        language: {language}
        title: {title}
        summary: A translated summary.
        ---
        {string.Join(' ', Enumerable.Repeat("A translated sentence of the practice, long enough to count as a description.", 6))}
        """;
}
