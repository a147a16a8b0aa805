using System.Globalization;
using GoodPractices.Search.Contracts;
using GoodPractices.Web.Indexing;

namespace GoodPractices.Web.Api;

/// <summary>
/// The index version one request reads. A handler takes it once and keeps it, so that every page it reads and the
/// ETag it answers with belong to the same version even when a new one is swapped in meanwhile.
/// </summary>
public static class OpenDataIndex
{
    private const string SearcherItem = "gp-open-data-searcher";
    private const string LastModifiedItem = "gp-open-data-last-modified";

    /// <summary>The searcher being served, remembered for this request, or null while no index is open yet.</summary>
    public static IPracticeSearcher? Acquire(HttpContext context)
    {
        if (context.Items.TryGetValue(SearcherItem, out var held) && held is IPracticeSearcher searcher) return searcher;
        var current = context.RequestServices.GetRequiredService<IndexHost>().Current;
        if (current is not null) context.Items[SearcherItem] = current;
        return current;
    }

    /// <summary>The searcher a handler acquired for this request, if any.</summary>
    public static IPracticeSearcher? Held(HttpContext context) =>
        context.Items.TryGetValue(SearcherItem, out var held) ? held as IPracticeSearcher : null;

    /// <summary>Tells revalidation when the answer last changed, when it is not the index build time (a practice's review date).</summary>
    public static void SetLastModified(HttpContext context, DateTimeOffset lastModified) => context.Items[LastModifiedItem] = lastModified;

    public static DateTimeOffset? LastModified(HttpContext context) =>
        context.Items.TryGetValue(LastModifiedItem, out var value) && value is DateTimeOffset time ? time : null;

    /// <summary>When an index version was built, read from its id (<c>20261128T174500Z-3f2a</c>); null for an id of another shape.</summary>
    public static DateTimeOffset? BuiltAt(string version)
    {
        var stamp = version.Split('-')[0];
        return DateTimeOffset.TryParseExact(stamp, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var built) ? built : null;
    }

    /// <summary>A practice's review date as an instant, midnight UTC.</summary>
    public static DateTimeOffset ToInstant(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
