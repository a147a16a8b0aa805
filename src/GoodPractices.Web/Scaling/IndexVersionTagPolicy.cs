using GoodPractices.Web.Indexing;
using Microsoft.AspNetCore.OutputCaching;

namespace GoodPractices.Web.Scaling;

/// <summary>
/// Tags a cached page with the index version it was built from, so that a replica moving to a new version can evict
/// the pages of the one it retires from the shared cache, and leave alone the pages other replicas already built
/// from the new one.
/// </summary>
public sealed class IndexVersionTagPolicy : IOutputCachePolicy
{
    private const string Prefix = "index-version:";

    public static string TagOf(string version) => Prefix + version;

    public static string? VersionOf(string tag) => tag.StartsWith(Prefix, StringComparison.Ordinal) ? tag[Prefix.Length..] : null;

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.HttpContext.RequestServices.GetRequiredService<IndexHost>().Version is { } version) context.Tags.Add(TagOf(version));
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
