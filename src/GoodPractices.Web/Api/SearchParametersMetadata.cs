namespace GoodPractices.Web.Api;

/// <summary>
/// Marks an endpoint that reads the search page's parameters from the query string itself (so that a malformed
/// value is answered with a notice, never refused by binding); the OpenAPI document lists them from this.
/// </summary>
public sealed class SearchParametersMetadata(bool pageable)
{
    /// <summary>Whether <c>page</c> and <c>pageSize</c> apply; exports and feeds take every match.</summary>
    public bool Pageable { get; } = pageable;
}

public static class SearchParametersConventions
{
    public static TBuilder WithSearchParameters<TBuilder>(this TBuilder builder, bool pageable) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new SearchParametersMetadata(pageable));
}
