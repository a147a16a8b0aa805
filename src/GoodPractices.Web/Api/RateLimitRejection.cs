using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace GoodPractices.Web.Api;

/// <summary>What a client over its limit is told: 429, when to come back, and why, as problem details.</summary>
public static class RateLimitRejection
{
    public static async ValueTask WriteAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var window = context.RequestServices.GetRequiredService<IOptionsMonitor<OpenDataOptions>>().CurrentValue.RateLimitWindow;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : window;
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);

        // The whole corpus has its own limit, so it is a way out only for the other endpoints.
        var isCorpus = context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute>()?.PolicyName
            == OpenDataPolicies.CorpusRateLimit;
        await TypedResults.Problem(
                title: "Too many requests",
                detail: isCorpus
                    ? $"This address downloaded the whole corpus more often than allowed in {window.TotalSeconds:0} seconds. Try again in {seconds} seconds."
                    : $"This address made more requests than the open data endpoints allow in {window.TotalSeconds:0} seconds. " +
                      $"Try again in {seconds} seconds; for the whole corpus, use /data/practices.json, which is limited separately.",
                statusCode: StatusCodes.Status429TooManyRequests,
                type: "https://tools.ietf.org/html/rfc6585#section-4")
            .ExecuteAsync(context).ConfigureAwait(false);
    }
}
