using GoodPractices.Web.Citations;
using GoodPractices.Web.Exports;

namespace GoodPractices.Web.Api;

/// <summary>The open data endpoints and the middleware they need.</summary>
public static class OpenDataPipeline
{
    /// <summary>
    /// Feeds are mapped by the pipeline itself (<c>MapFeeds</c>), which every page's feed link relies on.
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
        app.MapCitations();
        return app;
    }
}
