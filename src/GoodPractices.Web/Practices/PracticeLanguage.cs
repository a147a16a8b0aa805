using GoodPractices.Core.Content;

namespace GoodPractices.Web.Practices;

/// <summary>Which text of a practice to show.</summary>
public static class PracticeLanguage
{
    /// <summary>
    /// The language asked for with <c>?lang=</c> when the practice is available in it (it may be one the
    /// interface is not translated into), else the interface language when there is a text in it, else English
    /// when there is an English text, else the original: a French reader of an Italian entry gets its English version.
    /// </summary>
    public static string Choose(Practice practice, string? requested, string interfaceLanguage)
    {
        var available = practice.AvailableLanguages.ToList();
        if (requested is not null && available.Contains(requested, StringComparer.Ordinal)) return requested;
        return practice.TextIn(interfaceLanguage).Language;
    }
}
