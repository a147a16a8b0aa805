using System.Threading.RateLimiting;

namespace GoodPractices.Web.Scaling;

/// <summary>Rate limit partitions that live in Redis when <c>GoodPractices:Redis</c> is set, and in memory otherwise.</summary>
public static class SharedRateLimits
{
    private const string KeyPrefix = "goodpractices:rate-limit:";

    /// <summary>A fixed window per partition (a policy and a client), shared by every replica when Redis is configured.</summary>
    public static RateLimitPartition<string> FixedWindow(HttpContext context, string partitionKey, FixedWindowRateLimiterOptions options)
    {
        if (context.RequestServices.GetService<RedisConnection>() is not { } connection)
            return RateLimitPartition.GetFixedWindowLimiter(partitionKey, _ => options);
        return RateLimitPartition.Get(partitionKey, key => new FallbackRateLimiter(connection, KeyPrefix + key.Replace(' ', ':'), options));
    }
}
