using GoodPractices.Core.Countries;
using GoodPractices.Core.Rendering;

namespace GoodPractices.Web.Pages.Countries;

/// <summary>A country's national context as one reader sees it: the text in their language when it exists, rendered safely.</summary>
/// <param name="Text">The context in the language chosen for the reader (theirs, else English, else the original).</param>
/// <param name="BodyHtml">The body through <c>MarkdownRenderer</c>: sanitized, safe to emit.</param>
/// <param name="HeadingLevel">2 on a country's profile, 3 under each country of a comparison.</param>
public sealed record CountryContextView(string Country, string CountryName, CountryContext Text, string BodyHtml, string PageLanguage, int HeadingLevel)
{
    /// <summary>The context of <paramref name="country"/> for a reader of <paramref name="language"/>, or null when it has none yet.</summary>
    public static CountryContextView? For(IReadOnlyDictionary<string, CountryContext> contexts, string country, string countryName,
        string language, MarkdownRenderer renderer, int headingLevel = 2)
    {
        if (!contexts.TryGetValue(country, out var context)) return null;
        var text = context.TextIn(language);
        return new CountryContextView(country, countryName, text, renderer.ToHtml(text.Body), language, headingLevel);
    }

    /// <summary>Shown in another language than the page's, because no version in the page's language exists.</summary>
    public bool IsInOtherLanguage => Text.Language != PageLanguage;
}
