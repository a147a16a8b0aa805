namespace GoodPractices.Core.Content;

/// <summary>The names of a practice file's front matter fields, spelled once (see <see cref="PracticeFormat"/>).</summary>
public static class PracticeFields
{
    public const string Id = "id";
    public const string Title = "title";
    public const string TitleOriginal = "title_original";
    public const string Summary = "summary";
    public const string Language = "language";
    public const string Countries = "countries";
    public const string Scope = "scope";
    public const string Organisations = "organisations";
    public const string StartYear = "start_year";
    public const string EndYear = "end_year";
    public const string Status = "status";
    public const string InterventionTypes = "intervention_types";
    public const string JusticeStages = "justice_stages";
    public const string Settings = "settings";
    public const string TargetGroups = "target_groups";
    public const string Evidence = "evidence";
    public const string UnStandards = "un_standards";
    public const string Sources = "sources";
    public const string Related = "related";
    public const string LastReviewed = "last_reviewed";
    public const string TranslationOf = "translation_of";

    /// <summary>Inside <c>evidence</c>.</summary>
    public const string Level = "level";
    public const string Outcomes = "outcomes";
    public const string Ratings = "ratings";

    /// <summary>Inside an entry of <c>organisations</c>, <c>sources</c> or <c>evidence.ratings</c>.</summary>
    public const string Name = "name";
    public const string Type = "type";
    public const string Url = "url";
    public const string Publisher = "publisher";
    public const string Year = "year";
    public const string Evaluation = "evaluation";
    public const string Source = "source";
    public const string Rating = "rating";
}
