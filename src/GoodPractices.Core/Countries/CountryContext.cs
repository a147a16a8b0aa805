using GoodPractices.Core.Content;

namespace GoodPractices.Core.Countries;

/// <summary>
/// The national context shown at the top of a country's profile, from <c>practices/countries/&lt;code&gt;.md</c>: a few
/// sentences on how the law and the prisons treat people who use drugs, with their sources, and its translations
/// from <c>&lt;code&gt;.&lt;lang&gt;.md</c>.
/// </summary>
public sealed record CountryContext
{
    /// <summary>The ISO 3166-1 code, upper case.</summary>
    public required string Country { get; init; }
    public required string Language { get; init; }
    public required DateOnly LastReviewed { get; init; }
    /// <summary>A translation may leave its sources out; it then shows the original's.</summary>
    public required IReadOnlyList<SourceReference> Sources { get; init; }
    /// <summary>The Markdown body, untrusted: render it only through <c>MarkdownRenderer</c>.</summary>
    public required string Body { get; init; }
    /// <summary>Path of the file relative to the corpus folder, with forward slashes.</summary>
    public required string SourcePath { get; init; }
    public IReadOnlyList<CountryContext> Translations { get; init; } = [];

    /// <summary>
    /// The text for a reader of <paramref name="language"/>, in the same order a practice falls back: that language,
    /// then English, then the original. A translation without sources of its own carries the original's.
    /// </summary>
    public CountryContext TextIn(string language)
    {
        if (language == Language) return this;
        var translation = Translations.FirstOrDefault(t => t.Language == language)
            ?? (Language == Practice.FallbackLanguage ? null : Translations.FirstOrDefault(t => t.Language == Practice.FallbackLanguage));
        if (translation is null) return this;
        return translation with { Sources = translation.Sources.Count > 0 ? translation.Sources : Sources, Translations = [] };
    }
}

/// <summary>What reading one country context file gave: the context (null when the file has errors) and its diagnostics.</summary>
public sealed record CountryContextFile
{
    public required string Path { get; init; }
    public required IReadOnlyList<Validation.Diagnostic> Diagnostics { get; init; }
    public CountryContext? Context { get; init; }
    /// <summary>The country code the file name gives (upper case), even when the file has errors; null for a misnamed file.</summary>
    public string? Country { get; init; }
    /// <summary>The language of a translation's <c>.xx.md</c> suffix; null for the original.</summary>
    public string? TranslationLanguage { get; init; }
    /// <summary>Where the corpus-wide checks point: the <c>country</c> and <c>language</c> fields.</summary>
    public Content.SourcePosition CountryAt { get; init; } = Content.SourcePosition.FileStart;
    public Content.SourcePosition LanguageAt { get; init; } = Content.SourcePosition.FileStart;

    public bool IsTranslation => TranslationLanguage is not null;
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
