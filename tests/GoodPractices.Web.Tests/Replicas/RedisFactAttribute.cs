namespace GoodPractices.Web.Tests.Replicas;

/// <summary>
/// A test against a real redis-server. Where Debian's redis-server is missing it is reported as skipped, with the
/// command that installs it; CI sets GOODPRACTICES_REQUIRE_REDIS=1, where a missing server fails the test instead.
/// </summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (!RedisServer.IsInstalled && !RedisServer.IsRequired) Skip = RedisServer.MissingMessage;
    }
}
