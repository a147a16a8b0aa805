namespace GoodPractices.Web.Api;

/// <summary>
/// One practice as open data: every field of its file, what the index derives from it (regions, EU, languages),
/// its Markdown body and its translations. The API adds the rendered HTML; exports leave it out.
/// </summary>
public sealed record PracticeDocument(
    string Id,
    string Url,
    string Title,
    string? TitleOriginal,
    string Summary,
    string Language,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Regions,
    bool Eu,
    string Scope,
    IReadOnlyList<OrganisationDocument> Organisations,
    int StartYear,
    int? EndYear,
    string Status,
    IReadOnlyList<string> InterventionTypes,
    IReadOnlyList<string> JusticeStages,
    IReadOnlyList<string> Settings,
    IReadOnlyList<string> TargetGroups,
    EvidenceDocument Evidence,
    IReadOnlyList<string> UnStandards,
    IReadOnlyList<SourceDocument> Sources,
    IReadOnlyList<string> Related,
    DateOnly LastReviewed,
    IReadOnlyList<string> Languages,
    string SourcePath,
    string Body,
    string? BodyHtml,
    IReadOnlyList<TranslationDocument> Translations);

public sealed record OrganisationDocument(string Name, string Type, string? Url);

public sealed record EvidenceDocument(string Level, IReadOnlyList<string> Outcomes, IReadOnlyList<RatingDocument> Ratings);

/// <summary>Another registry's rating, quoted as it gives it.</summary>
public sealed record RatingDocument(string Source, string Rating, string? Url);

/// <param name="Evaluation">True for the source that supports the entry's evidence level.</param>
public sealed record SourceDocument(string Title, string? Publisher, int? Year, string? Url, bool Evaluation);

/// <summary>A translation: its own title, summary and body; every other field is the original's.</summary>
public sealed record TranslationDocument(
    string Language,
    string Url,
    string Title,
    string? TitleOriginal,
    string Summary,
    DateOnly? LastReviewed,
    string SourcePath,
    string Body,
    string? BodyHtml);
