namespace GoodPractices.Core.Content;

/// <summary>
/// A practice as text, before it is checked: what a contributor typed, a scaffold, or generated values. Every value
/// is a string so that a mistake (a year that is not a number) reaches the validator as written. A null or blank
/// value is a field left empty.
/// </summary>
public sealed record PracticeDraft
{
    public string? Id { get; init; }
    public string? Title { get; init; }
    public string? TitleOriginal { get; init; }
    public string? Summary { get; init; }
    public string? Language { get; init; }
    public IReadOnlyList<string> Countries { get; init; } = [];
    public string? Scope { get; init; }
    public IReadOnlyList<OrganisationDraft> Organisations { get; init; } = [];
    public string? StartYear { get; init; }
    public string? EndYear { get; init; }
    public string? Status { get; init; }
    public IReadOnlyList<string> InterventionTypes { get; init; } = [];
    public IReadOnlyList<string> JusticeStages { get; init; } = [];
    public IReadOnlyList<string> Settings { get; init; } = [];
    public IReadOnlyList<string> TargetGroups { get; init; } = [];
    public string? EvidenceLevel { get; init; }
    public IReadOnlyList<string> Outcomes { get; init; } = [];
    public IReadOnlyList<RatingDraft> Ratings { get; init; } = [];
    public IReadOnlyList<string> UnStandards { get; init; } = [];
    public IReadOnlyList<SourceDraft> Sources { get; init; } = [];
    public IReadOnlyList<string> Related { get; init; } = [];
    public string? LastReviewed { get; init; }

    /// <summary>The body, as (heading, Markdown) in order; a section with no text is left out.</summary>
    public IReadOnlyList<(string Heading, string? Text)> Sections { get; init; } = [];

    /// <summary>The body as it stands, written after the front matter instead of <see cref="Sections"/> when set.</summary>
    public string? Body { get; init; }

    /// <summary>The draft of a practice that was read, for writing it back.</summary>
    public static PracticeDraft From(Practice practice) => new()
    {
        Id = practice.Id,
        Title = practice.Title,
        TitleOriginal = practice.TitleOriginal,
        Summary = practice.Summary,
        Language = practice.Language,
        Countries = practice.Countries,
        Scope = practice.Scope,
        Organisations = practice.Organisations.Select(o => new OrganisationDraft(o.Name, o.Type, o.Url)).ToList(),
        StartYear = Number(practice.StartYear),
        EndYear = practice.EndYear is { } end ? Number(end) : null,
        Status = practice.Status,
        InterventionTypes = practice.InterventionTypes,
        JusticeStages = practice.JusticeStages,
        Settings = practice.Settings,
        TargetGroups = practice.TargetGroups,
        EvidenceLevel = practice.Evidence.Level,
        Outcomes = practice.Evidence.Outcomes,
        Ratings = practice.Evidence.Ratings.Select(r => new RatingDraft(r.Source, r.Rating, r.Url)).ToList(),
        UnStandards = practice.UnStandards,
        Sources = practice.Sources.Select(s => new SourceDraft(s.Title, s.Publisher, s.Year is { } y ? Number(y) : null, s.Url, s.Evaluation)).ToList(),
        Related = practice.Related,
        LastReviewed = practice.LastReviewed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Body = practice.Body,
    };

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record OrganisationDraft(string? Name, string? Type, string? Url = null);

public sealed record SourceDraft(string? Title, string? Publisher = null, string? Year = null, string? Url = null, bool Evaluation = false);

public sealed record RatingDraft(string? Source, string? Rating, string? Url = null);
