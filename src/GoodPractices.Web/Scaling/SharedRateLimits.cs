using System.Threading.RateLimiting;

namespace GoodPractices.Web.Scaling;

/// <summary>Rate limit partitions that live in Redis when <c>GoodPractices:Redis</c> is set, and in memory otherwise.</summary>
public static class SharedRateLimits
{
    private const string KeyPrefix = "goodpractices:rate-limit:";

    /// <summary>A fixed window per client, shared by every replica when Redis is configured.</summary>
    public static RateLimitPartition<string> FixedWindow(HttpContext context, string policy, string client, FixedWindowRateLimiterOptions options)
    {
        if (context.RequestServices.GetService<RedisConnection>() is not { } connection)
            return RateLimitPartition.GetFixedWindowLimiter(client, _ => options);
        return RateLimitPartition.Get(client, key => new FallbackRateLimiter(connection, KeyPrefix + policy + ":" + key, options));
    }
}
