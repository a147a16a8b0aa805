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

    public static string Practice(HttpContext context, string id) => Root(context) + "/practices/" + id;
}
