namespace GoodPractices.Web.Api;

/// <summary>What every open data endpoint shares: open CORS for reading, the per-client rate limit, a place in the OpenAPI document.</summary>
public static class OpenDataConventions
{
    public static TBuilder AsOpenData<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder => builder
        .RequireCors(OpenDataPolicies.Cors)
        .RequireRateLimiting(OpenDataPolicies.RateLimit)
        .WithMetadata(OpenDataEndpoint.Instance);

    /// <summary>Answers <c>If-None-Match</c> and <c>If-Modified-Since</c> with 304; <paramref name="variesDaily"/> for answers that carry today's date.</summary>
    public static TBuilder WithRevalidation<TBuilder>(this TBuilder builder, bool variesDaily = false) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(new RevalidationFilter(variesDaily));
}
