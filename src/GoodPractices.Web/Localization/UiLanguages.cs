using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace GoodPractices.Web.Localization;

/// <summary>The languages the interface is translated into, and which one a request is served in.</summary>
public static class UiLanguages
{
    public const string Default = "en";
    public const string QueryKey = "lang";
    public const string CookieName = "gp-lang";

    /// <summary>Every interface language; the taxonomy has labels in each of them.</summary>
    public static readonly IReadOnlyList<string> All = ["en", "fr", "it", "pt", "cs"];

    /// <summary>Each language named in itself, for the language switcher.</summary>
    public static readonly IReadOnlyDictionary<string, string> Endonyms = new Dictionary<string, string>
    {
        ["en"] = "English", ["fr"] = "Français", ["it"] = "Italiano", ["pt"] = "Português", ["cs"] = "Čeština",
    };

    public static bool IsSupported(string? code) => code is not null && All.Contains(code, StringComparer.Ordinal);

    /// <summary>The interface language of <paramref name="context"/> (set by request localisation), e.g. <c>fr</c>.</summary>
    public static string Of(HttpContext context)
    {
        var culture = context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? CultureInfo.CurrentUICulture;
        var code = culture.TwoLetterISOLanguageName;
        return IsSupported(code) ? code : Default;
    }
}
