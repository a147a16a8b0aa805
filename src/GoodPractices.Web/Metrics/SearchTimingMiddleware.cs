using System.Diagnostics;

namespace GoodPractices.Web.Metrics;

/// <summary>
/// Times the search page and the search API. It runs after the output cache, so it sees only the searches the
/// cache did not answer: the time a reader waits for the index.
/// </summary>
public sealed class SearchTimingMiddleware(RequestDelegate next, SiteMetrics metrics)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.Request.Path.Equals("/search", StringComparison.OrdinalIgnoreCase) ? "page"
            : context.Request.Path.Equals("/api/search", StringComparison.OrdinalIgnoreCase) ? "api"
            : null;
        if (endpoint is null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }
        var started = Stopwatch.GetTimestamp();
        await next(context).ConfigureAwait(false);
        metrics.SearchAnswered(Stopwatch.GetElapsedTime(started), endpoint);
    }
}
