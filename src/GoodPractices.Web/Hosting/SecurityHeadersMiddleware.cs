namespace GoodPractices.Web.Hosting;

/// <summary>
/// The browser is told to run only the site's own script files (the contribute form's helpers, the search page's
/// in-place updates) and nothing inline: should contributed text ever slip past the sanitizer, a script in it still
/// cannot run. Those files may fetch from the site itself and from nowhere else.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        return next(context);
    }
}
