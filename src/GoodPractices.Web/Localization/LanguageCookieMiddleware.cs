using Microsoft.AspNetCore.Localization;

namespace GoodPractices.Web.Localization;

/// <summary>
/// Remembers a language the reader chose explicitly (a prefix or <c>?lang=</c>) in a cookie, so that plain links
/// keep it. The cookie is written only when it changes: a response that sets a cookie is never output-cached.
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
        return next(context);
    }
}
