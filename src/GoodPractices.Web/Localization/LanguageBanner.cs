using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace GoodPractices.Web.Localization;

/// <summary>
/// An address without a language prefix is English for everyone, so a shared link reads the same for all. The
/// language a reader chose before (the cookie) or their browser prefers only decides where the home page sends
/// them and which language this offers them in a banner; answers that depend on it say so with <c>Vary</c>.
/// </summary>
public static class LanguageBanner
{
    /// <summary>What the answer to an unprefixed page depends on besides its address.</summary>
    public static readonly string VaryHeaders = $"{HeaderNames.Cookie}, {HeaderNames.AcceptLanguage}";

    /// <summary>The banner's words, each in its own language: the reader may not read English.</summary>
    private static readonly IReadOnlyDictionary<string, (string Text, string Link)> Words = new Dictionary<string, (string, string)>
    {
        ["fr"] = ("Ce site existe aussi en français.", "Lire cette page en français"),
        ["it"] = ("Questo sito è disponibile anche in italiano.", "Leggi questa pagina in italiano"),
        ["pt"] = ("Este site também está disponível em português.", "Ler esta página em português"),
        ["cs"] = ("Tento web je k dispozici také v češtině.", "Číst tuto stránku v češtině"),
    };

    /// <summary>True when the request named no language: no prefix and no <c>?lang=</c>.</summary>
    public static bool IsUnprefixed(HttpContext context) =>
        !context.Items.ContainsKey(LanguagePrefixMiddleware.PrefixItem) && !context.Request.Query.ContainsKey(UiLanguages.QueryKey);

    /// <summary>
    /// The language to offer on an unprefixed page, or null: the remembered choice when there is one (English
    /// included, which offers nothing), else the first interface language the browser asks for.
    /// </summary>
    public static string? Offer(HttpContext context)
    {
        if (!IsUnprefixed(context)) return null;
        var preferred = Remembered(context.Request) ?? Browser(context.Request);
        return preferred is null || preferred == UiLanguages.Default ? null : preferred;
    }

    public static (string Text, string Link) WordsIn(string language) => Words[language];

    private static string? Remembered(HttpRequest request)
    {
        if (request.Cookies[UiLanguages.CookieName] is not { Length: > 0 } cookie) return null;
        var culture = CookieRequestCultureProvider.ParseCookieValue(cookie)?.UICultures.FirstOrDefault().Value;
        var code = culture?.Split('-')[0];
        return UiLanguages.IsSupported(code) ? code : null;
    }

    private static string? Browser(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().AcceptLanguage;
        return accepted
            .Where(value => value.Quality is null or > 0)
            .OrderByDescending(value => value.Quality ?? 1)
            .Select(value => value.Value.Value?.Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(UiLanguages.IsSupported);
    }
}
