using Microsoft.AspNetCore.Localization;

namespace GoodPractices.Web.Localization;

/// <summary>
/// Remembers a language the reader chose explicitly (a prefix or <c>?lang=</c>) in a cookie, and sends a reader
/// who opens the unprefixed home page to the language they chose before or their browser prefers. Every other
/// unprefixed address stays English (see <see cref="LanguageBanner"/>). The cookie is written only when it
/// changes; a page that sets it is still output-cached (see <see cref="LanguageCookieCachePolicy"/>).
/// </summary>
public sealed class LanguageCookieMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var chosen = context.Items.TryGetValue(LanguagePrefixMiddleware.PrefixItem, out var prefix) && prefix is string p ? p
            : context.Request.Query.TryGetValue(UiLanguages.QueryKey, out var query) ? query.ToString() : null;
        if (UiLanguages.IsSupported(chosen))
        {
            var value = CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen!));
            if (context.Request.Cookies[UiLanguages.CookieName] != value)
            {
                context.Response.Cookies.Append(UiLanguages.CookieName, value, new CookieOptions
                {
                    MaxAge = TimeSpan.FromDays(365),
                    HttpOnly = true,
                    IsEssential = true,
                    SameSite = SameSiteMode.Lax,
                    Path = "/",
                });
            }
        }
        else if (IsHomePage(context) && LanguageBanner.IsUnprefixed(context))
        {
            context.Response.Headers.Vary = LanguageBanner.VaryHeaders;
            if (LanguageBanner.Offer(context) is { } language)
            {
                context.Response.Redirect(LanguageLinks.ForPagePath(context, language, "/"));
                return Task.CompletedTask;
            }
        }
        return next(context);
    }

    private static bool IsHomePage(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
            ? context.Request.Path.Value is "/" or "" && context.Request.QueryString.Value is null or ""
            : false;
}
