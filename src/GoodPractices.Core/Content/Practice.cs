namespace GoodPractices.Core.Content;

/// <summary>One good practice as read from its Markdown file, with the translations that sit beside it.</summary>
public sealed record Practice
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? TitleOriginal { get; init; }
    public required string Summary { get; init; }
    /// <summary>ISO 639-1 code of the language the original file is written in.</summary>
    public required string Language { get; init; }
    public required IReadOnlyList<string> Countries { get; init; }
    public required string Scope { get; init; }
    public required IReadOnlyList<Organisation> Organisations { get; init; }
    public required int StartYear { get; init; }
    public int? EndYear { get; init; }
    public required string Status { get; init; }
    public required IReadOnlyList<string> InterventionTypes { get; init; }
    public required IReadOnlyList<string> JusticeStages { get; init; }
    public required IReadOnlyList<string> Settings { get; init; }
    public required IReadOnlyList<string> TargetGroups { get; init; }
    public required Evidence Evidence { get; init; }
    public IReadOnlyList<string> UnStandards { get; init; } = [];
    public required IReadOnlyList<SourceReference> Sources { get; init; }
    public IReadOnlyList<string> Related { get; init; } = [];
    public required DateOnly LastReviewed { get; init; }
    /// <summary>The day the entry was first published in the repository, when its history tells; null when it does not.</summary>
    public DateOnly? FirstPublished { get; init; }
    /// <summary>The Markdown body, untrusted: render it only through <c>MarkdownRenderer</c>.</summary>
    public required string Body { get; init; }
    /// <summary>Path of the file relative to the corpus folder, with forward slashes.</summary>
    public required string SourcePath { get; init; }
    public IReadOnlyList<PracticeTranslation> Translations { get; init; } = [];

    /// <summary>The language shown when a reader's own is not available, before the original's.</summary>
    public const string FallbackLanguage = "en";

    private PracticeText Original => new(Language, Title, TitleOriginal, Summary, Body, IsTranslation: false);

    /// <summary>The languages this practice can be read in: its own first, then its translations'.</summary>
    public IEnumerable<string> AvailableLanguages => Translations.Select(t => t.Language).Prepend(Language).Distinct();

    /// <summary>
    /// The text to show a reader of <paramref name="language"/>: the original or a translation in that language, else
    /// the English text, else the original. A reader who cannot have their own language is more likely to read English
    /// than the language the entry was first written in.
    /// </summary>
    public PracticeText TextIn(string language)
    {
        if (language == Language) return Original;
        var translation = Translations.FirstOrDefault(t => t.Language == language)
            ?? (Language == FallbackLanguage ? null : Translations.FirstOrDefault(t => t.Language == FallbackLanguage));
        return translation is null
            ? Original
            : new PracticeText(translation.Language, translation.Title, translation.TitleOriginal ?? TitleOriginal,
                translation.Summary, translation.Body, IsTranslation: true);
    }
}

/// <summary>The language-dependent part of a practice, as one reader sees it.</summary>
public sealed record PracticeText(string Language, string Title, string? TitleOriginal, string Summary, string Body, bool IsTranslation);

public sealed record Organisation(string Name, string Type, string? Url);

public sealed record Evidence(string Level, IReadOnlyList<string> Outcomes, IReadOnlyList<ExternalRating> Ratings);

/// <summary>Another registry's rating, copied verbatim and never converted to ours.</summary>
public sealed record ExternalRating(string Source, string Rating, string? Url);

/// <param name="Evaluation">True for the source that supports the entry's evidence level (<c>evaluation: true</c>).</param>
public sealed record SourceReference(string Title, string? Publisher, int? Year, string? Url, bool Evaluation = false);

/// <summary>A translation file <c>&lt;id&gt;.&lt;lang&gt;.md</c>: its own title, summary and body; every other field is the original's.</summary>
public sealed record PracticeTranslation
{
    public required string TranslationOf { get; init; }
    public required string Language { get; init; }
    public required string Title { get; init; }
    public string? TitleOriginal { get; init; }
    public required string Summary { get; init; }
    public DateOnly? LastReviewed { get; init; }
    public required string Body { get; init; }
    public required string SourcePath { get; init; }
}
