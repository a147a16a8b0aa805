using GoodPractices.Web.Citations;
using GoodPractices.Web.Exports;
using GoodPractices.Web.Feeds;

namespace GoodPractices.Web.Api;

/// <summary>The open data endpoints and the middleware they need.</summary>
public static class OpenDataPipeline
{
    /// <summary>
    /// Call right after <c>UseRouting</c>: CORS and the rate limiter read the endpoint's policies, and must run before
    /// the output cache so that a cached answer still carries its CORS headers and still counts against the limit.
    /// </summary>
    public static WebApplication UseOpenData(this WebApplication app)
    {
        app.UseCors();
        app.UseRateLimiter();

        app.MapOpenApi("/openapi/{documentName}.json").RequireCors(OpenDataPolicies.Cors);
        app.MapApi();
        app.MapExports();
        app.MapFeeds();
        app.MapCitations();
        return app;
    }
}
