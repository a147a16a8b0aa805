using GoodPractices.Core.Content;
using GoodPractices.Web.Practices;

namespace GoodPractices.Web.Citations;

/// <summary>What a citation of one practice says, whatever the format: the text the reader saw, where, and when it was last reviewed.</summary>
/// <param name="Url">The practice's permanent address, with <c>?lang=</c> when the text cited is a translation.</param>
/// <param name="Accessed">The day the reader took the citation, which reference managers record as the access date.</param>
public sealed record Citation(
    string Id,
    string Title,
    string Summary,
    string Language,
    DateOnly LastReviewed,
    string Url,
    IReadOnlyList<string> Keywords,
    DateOnly Accessed)
{
    public const string Publisher = "GoodPractices";
    public const string Container = "GoodPractices knowledge base";
    public const string Author = "GoodPractices contributors";

    /// <param name="siteRoot">The site's absolute root, without a language prefix.</param>
    public static Citation For(Practice practice, string? requestedLanguage, string interfaceLanguage, string siteRoot, DateOnly accessed)
    {
        var text = practice.TextIn(PracticeLanguage.Choose(practice, requestedLanguage, interfaceLanguage));
        var reviewed = text.IsTranslation
            ? practice.Translations.First(t => t.Language == text.Language).LastReviewed ?? practice.LastReviewed
            : practice.LastReviewed;
        var url = siteRoot + "/practices/" + practice.Id + (text.IsTranslation ? "?lang=" + text.Language : "");
        return new Citation(practice.Id, text.Title, text.Summary, text.Language, reviewed, url, practice.InterventionTypes, accessed);
    }
}
