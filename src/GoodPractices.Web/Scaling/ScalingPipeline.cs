using GoodPractices.Web.Api;
using GoodPractices.Web.Health;
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

    // Every open data answer that read an index says which version, so a client behind several replicas can tell.
    private static Task AddIndexVersionHeader(HttpContext context, RequestDelegate next)
    {
        context.Response.OnStarting(() =>
        {
            if (OpenDataIndex.Held(context) is { } searcher) context.Response.Headers[IndexVersionHeader] = searcher.Version;
            return Task.CompletedTask;
        });
        return next(context);
    }
}
