using GoodPractices.Core.Content;

namespace GoodPractices.Search.Tests.Support;

/// <summary>Builds valid practices with defaults, so each test states only what it is about.</summary>
internal static class Practices
{
    public const string Filler =
        "The programme is run by a team of social workers and nurses who meet people early and follow them for months. " +
        "It is funded by the regional authorities and reviewed every year with the partners that refer people to it.";

    public static Practice Make(
        string id,
        string title = "A practice",
        string summary = "A short summary of the practice.",
        string body = Filler,
        string language = "en",
        string[]? countries = null,
        string[]? interventions = null,
        string[]? stages = null,
        string[]? settings = null,
        string[]? groups = null,
        string evidence = "evaluated-outcomes",
        string status = "active",
        int startYear = 2010,
        DateOnly? lastReviewed = null,
        string[]? related = null,
        PracticeTranslation[]? translations = null) => new()
        {
            Id = id,
            Title = title,
            Summary = summary,
            Language = language,
            Countries = countries ?? ["PT"],
            Scope = "national",
            Organisations = [new Organisation("Agency of " + id, "government", "https://example.org")],
            StartYear = startYear,
            Status = status,
            InterventionTypes = interventions ?? ["psychosocial-support"],
            JusticeStages = stages ?? ["sentencing"],
            Settings = settings ?? ["community"],
            TargetGroups = groups ?? ["adults"],
            Evidence = new Evidence(evidence, [], []),
            Sources = [new SourceReference("A report", "A publisher", 2020, "https://example.org/report")],
            Related = related ?? [],
            LastReviewed = lastReviewed ?? new DateOnly(2026, 1, 1),
            Body = body,
            SourcePath = $"{(countries ?? ["PT"]).FirstOrDefault()?.ToLowerInvariant() ?? "international"}/{id}.md",
            Translations = translations ?? [],
        };

    public static PracticeTranslation Translation(string id, string language, string title, string summary, string body) => new()
    {
        TranslationOf = id,
        Language = language,
        Title = title,
        Summary = summary,
        Body = body,
        SourcePath = $"pt/{id}.{language}.md",
    };
}
