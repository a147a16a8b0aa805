using GoodPractices.Core.Content;

namespace GoodPractices.Web.Contribute;

/// <summary>
/// The form fields a problem can be shown beside. A key is written like the validator's field names
/// (<c>title</c>, <c>evidence.level</c>, <c>sources[2].url</c>), so most diagnostics map to a field as they are.
/// </summary>
public static class ContributionFields
{
    public const string Body = "body";

    private static readonly string[] Singles =
    [
        PracticeFields.Id, PracticeFields.Title, PracticeFields.TitleOriginal, PracticeFields.Summary, PracticeFields.Language, PracticeFields.Countries, PracticeFields.Scope, PracticeFields.Organisations, PracticeFields.StartYear,
        PracticeFields.EndYear, PracticeFields.Status, PracticeFields.InterventionTypes, PracticeFields.JusticeStages, PracticeFields.Settings, PracticeFields.TargetGroups, "evidence.level",
        "evidence.outcomes", "evidence.ratings", PracticeFields.UnStandards, PracticeFields.Sources, PracticeFields.Related, PracticeFields.LastReviewed, Body,
    ];

    /// <summary>The key of the field a diagnostic about <paramref name="field"/> (code <paramref name="code"/>) belongs beside, or null.</summary>
    public static string? KeyFor(string? field, string code, ContributionForm form)
    {
        if (field is null) return code == Core.Validation.DiagnosticCodes.BodyTooShort ? Body : null;
        // PracticeFields.Evidence itself is missing only when no level was chosen.
        if (field == PracticeFields.Evidence) return "evidence.level";
        return Exists(field, form) ? field : null;
    }

    /// <summary>The id of the element a link to <paramref name="key"/> should focus: the field, or a group's first input.</summary>
    public static string AnchorOf(string key) => key switch
    {
        PracticeFields.Organisations => IdOf("organisations[1].name"),
        PracticeFields.Sources => IdOf("sources[1].title"),
        "evidence.ratings" => IdOf("evidence.ratings[1].source"),
        PracticeFields.Related => IdOf("related[1]"),
        Body => IdOf("context"),
        _ => IdOf(key),
    };

    /// <summary>The HTML id of a field: <c>sources[2].url</c> becomes <c>f-sources-2-url</c>.</summary>
    public static string IdOf(string key) =>
        "f-" + key.Replace("].", "-", StringComparison.Ordinal).Replace('[', '-').Replace(']', '-').Replace('.', '-').Replace('_', '-').TrimEnd('-');

    /// <summary>The id of the element that holds the messages of <paramref name="key"/>, for aria-describedby.</summary>
    public static string ErrorIdOf(string key) => IdOf(key) + "-error";

    private static bool Exists(string key, ContributionForm form)
    {
        if (Singles.Contains(key, StringComparer.Ordinal)) return true;
        var open = key.IndexOf('[', StringComparison.Ordinal);
        var close = key.IndexOf(']', StringComparison.Ordinal);
        if (open < 0 || close < open || !int.TryParse(key.AsSpan(open + 1, close - open - 1), out var row)) return false;
        var field = key[(close + 1)..].TrimStart('.');
        return key[..open] switch
        {
            PracticeFields.Organisations => row <= form.Organisations.Count && field is PracticeFields.Name or PracticeFields.Type or PracticeFields.Url,
            PracticeFields.Sources => row <= form.Sources.Count && field is PracticeFields.Title or PracticeFields.Publisher or PracticeFields.Year or PracticeFields.Url,
            "evidence.ratings" => row <= form.Ratings.Count && field is PracticeFields.Source or PracticeFields.Rating or PracticeFields.Url,
            _ => false,
        };
    }
}
