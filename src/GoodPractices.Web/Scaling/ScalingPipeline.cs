using GoodPractices.Web.Health;
using GoodPractices.Web.Indexing;
using GoodPractices.Web.Metrics;
using Microsoft.Extensions.Options;

namespace GoodPractices.Web.Scaling;

/// <summary>The middleware and endpoints of replicas: health, the index version header, and metrics when configured.</summary>
public static class ScalingPipeline
{
    public const string IndexVersionHeader = "X-Index-Version";

    /// <summary>
    /// Call right after <c>UseOutputCache</c>: what runs here runs only when the cache did not answer, and the header it
    /// adds is stored with the cached answer.
    /// </summary>
    public static WebApplication UseScaling(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<ScalingOptions>>().Value;
        app.Use(AddIndexVersionHeader);
        if (options.Metrics)
        {
            app.UseMiddleware<SearchTimingMiddleware>();
            app.MapPrometheusScrapingEndpoint("/metrics");
        }
        app.MapHealth();
        return app;
    }

    // Every API answer says which index version it read, so a client behind several replicas can tell. Within a request
    // the index host hands out the same version from the first call to the last, so the handler reads this one. Set
    // before the answer is produced, it is stored with it in the output cache.
    private static Task AddIndexVersionHeader(HttpContext context, RequestDelegate next)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            && context.RequestServices.GetRequiredService<IndexHost>().Current is { } searcher)
        {
            context.Response.Headers[IndexVersionHeader] = searcher.Version;
        }
        return next(context);
    }
}
