using GoodPractices.Web.Indexing;
using GoodPractices.Web.Localization;
using Microsoft.AspNetCore.OutputCaching;

namespace GoodPractices.Web.Hosting;

/// <summary>Output cache policies of the pages that show index content.</summary>
public static class CachePolicies
{
    /// <summary>A page built only from the index and its address: cached until a new index version is served.</summary>
    public const string IndexPage = "index-page";

    public static void Add(OutputCacheOptions options)
    {
        // Paths carry practice ids, which are case-sensitive: /practices/ABC is a 404, not /practices/abc.
        options.UseCaseSensitivePaths = true;
        options.AddPolicy(IndexPage, policy => policy
            .SetVaryByQuery("*")
            // The language decides every word of the page and the path base every link in it. The version makes
            // a request that began on the old index and finished after the eviction store under a key nobody reads.
            .VaryByValue(context => new KeyValuePair<string, string>("page",
                string.Join('|', UiLanguages.Of(context), LanguageBanner.Offer(context), context.Request.PathBase.Value,
                    context.RequestServices.GetRequiredService<IndexHost>().Version)))
            .Tag(IndexHost.CacheTag)
            .AddPolicy<Scaling.IndexVersionTagPolicy>()
            .AddPolicy<LanguageCookieCachePolicy>()
            .Expire(TimeSpan.FromHours(6)));
    }
}
