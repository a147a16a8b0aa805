using System.Globalization;
using GoodPractices.Web.Localization;
using Microsoft.Extensions.Localization;

namespace GoodPractices.Web.Practices;

/// <summary>
/// The sentence a reader sees when a text is shown in another language than the page's because none exists in theirs:
/// "This practice is described in Italian; no English version yet", with both languages named in the reader's language.
/// </summary>
public static class TranslationNotice
{
    public static string NotYetIn(IStringLocalizer<Ui> text, string shownLanguage, string pageLanguage) =>
        string.Format(CultureInfo.CurrentCulture, text["This practice is described in {0}; no {1} version yet."].Value,
            NameOf(shownLanguage), NameOf(pageLanguage));

    /// <summary>For a national context: the same sentence about a country's text.</summary>
    public static string ContextNotYetIn(IStringLocalizer<Ui> text, string shownLanguage, string pageLanguage) =>
        string.Format(CultureInfo.CurrentCulture, text["This national context is written in {0}; no {1} version yet."].Value,
            NameOf(shownLanguage), NameOf(pageLanguage));

    /// <summary>
    /// A language's name in the interface language of the request ("italien" on a French page), from the platform's
    /// locale data; the code itself where the platform has none.
    /// </summary>
    public static string NameOf(string code)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(code, predefinedOnly: true);
            // DisplayName may add a region ("English (World)"); the language alone is wanted.
            var name = culture.DisplayName;
            var bracket = name.IndexOf(" (", StringComparison.Ordinal);
            return bracket > 0 ? name[..bracket] : name;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }
}
