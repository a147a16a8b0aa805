using Microsoft.AspNetCore.OutputCaching;

namespace GoodPractices.Web.Localization;

/// <summary>
/// Lets a page that sets only the language cookie be output-cached. The cookie's value follows from the address alone
/// (<c>/fr/...</c> always sets French), so storing it with the page and sending it again is what the page would do
/// anyway. Without this, a reader without the cookie (a crawler, a load balancer's probe, a first visit) built every
/// prefixed page afresh. Any other cookie, such as an antiforgery token, still keeps a page out of the cache.
/// </summary>
public sealed class LanguageCookieCachePolicy : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        var cookies = response.Headers.SetCookie;
        if (response.StatusCode == StatusCodes.Status200OK && cookies.Count > 0
            && cookies.All(c => c is not null && c.StartsWith(UiLanguages.CookieName + "=", StringComparison.Ordinal)))
        {
            context.AllowCacheStorage = true;
        }
        return ValueTask.CompletedTask;
    }
}
