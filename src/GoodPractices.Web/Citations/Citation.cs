using GoodPractices.Core.Content;
using GoodPractices.Web.Localization;
using GoodPractices.Web.Practices;

namespace GoodPractices.Web.Citations;

/// <summary>What a citation of one practice says, whatever the format: the text the reader saw, where, and when.</summary>
/// <param name="Url">
/// The address that opens the text cited, in the interface language the citation was asked in (<c>/fr/practices/…</c>),
/// with <c>?lang=</c> only when that address would otherwise show another text.
/// </param>
/// <param name="Published">When the entry was first published in the knowledge base; its review date when that is unknown.</param>
/// <param name="LastReviewed">When the text cited was last reviewed.</param>
/// <param name="Accessed">The day the reader took the citation, which reference managers record as the access date.</param>
public sealed record Citation(
    string Id,
    string Title,
    string Summary,
    string Language,
    DateOnly Published,
    DateOnly LastReviewed,
    string Url,
    IReadOnlyList<string> Keywords,
    DateOnly Accessed)
{
    public const string Container = "GoodPractices knowledge base";
    public const string Author = "GoodPractices contributors";

    /// <param name="siteRoot">The site's absolute root, without a language prefix.</param>
    public static Citation For(Practice practice, string? requestedLanguage, string interfaceLanguage, string siteRoot, DateOnly accessed)
    {
        var text = practice.TextIn(PracticeLanguage.Choose(practice, requestedLanguage, interfaceLanguage));
        var reviewed = text.IsTranslation
            ? practice.Translations.First(t => t.Language == text.Language).LastReviewed ?? practice.LastReviewed
            : practice.LastReviewed;
        var prefix = interfaceLanguage == UiLanguages.Default ? "" : "/" + interfaceLanguage;
        var shownThere = PracticeLanguage.Choose(practice, requested: null, interfaceLanguage);
        var url = siteRoot + prefix + "/practices/" + practice.Id + (text.Language == shownThere ? "" : "?lang=" + text.Language);
        var published = practice.FirstPublished ?? practice.LastReviewed;
        return new Citation(practice.Id, text.Title, text.Summary, text.Language, published, reviewed, url, practice.InterventionTypes, accessed);
    }
}
