using GoodPractices.Web.Localization;
using Microsoft.AspNetCore.Http.Extensions;

namespace GoodPractices.Web.Api;

/// <summary>Absolute addresses on this site, as open data carries them: a practice's address is the same in every language.</summary>
public static class SiteLinks
{
    /// <summary>The site root without a language prefix and without a trailing slash, e.g. <c>https://example.org</c>.</summary>
    public static string Root(HttpContext context) =>
        UriHelper.BuildAbsolute(context.Request.Scheme, context.Request.Host, LanguagePrefixMiddleware.RootPathBase(context)).TrimEnd('/');

    /// <summary>The current path base (with its language prefix, if any) as an absolute address.</summary>
    public static string Localized(HttpContext context) =>
        UriHelper.BuildAbsolute(context.Request.Scheme, context.Request.Host, context.Request.PathBase).TrimEnd('/');

    /// <summary>
    /// The absolute root of the site in <paramref name="language"/>: <c>https://example.org/fr</c>, or the bare root in the
    /// default language. Links in an answer given in a language point to pages in that language, however it was asked for
    /// (a <c>/fr/</c> prefix or <c>?lang=fr</c>).
    /// </summary>
    public static string InLanguage(HttpContext context, string language) =>
        Root(context) + (language == UiLanguages.Default || !UiLanguages.IsSupported(language) ? "" : "/" + language);

    public static string Practice(HttpContext context, string id) => Root(context) + "/practices/" + id;
}
