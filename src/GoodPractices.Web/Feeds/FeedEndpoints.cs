using GoodPractices.Web.Api;
using GoodPractices.Web.Hosting;
using GoodPractices.Web.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace GoodPractices.Web.Feeds;

/// <summary>
/// <c>/feed.atom</c>: every search is also a feed. <c>/feed.xml</c>, which every page advertises, is the feed of the
/// empty search: every practice, most recently reviewed first.
/// </summary>
public static class FeedEndpoints
{
    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/feed.xml", Feed)
            .AsOpenData()
            .WithRevalidation()
            .CacheOutput(CachePolicies.IndexPage)
            .WithTags("Feeds")
            .WithName("RecentFeed")
            .WithSummary("Follow every new or reviewed practice as an Atom feed")
            .WithDescription("The feed every page advertises: the most recently reviewed practices, newest first. /feed.atom with no parameters gives the same entries.")
            .Produces<string>(StatusCodes.Status200OK, "application/atom+xml");
        endpoints.MapGet("/feed.atom", Feed)
            .AsOpenData()
            .WithRevalidation()
            .CacheOutput(CachePolicies.IndexPage)
            .WithTags("Feeds")
            .WithName("SearchFeed")
            .WithSummary("Follow a search as an Atom feed")
            .WithDescription("The practices a search matches, most recently reviewed first; an entry's updated date is its last review. Takes the search page's parameters.")
            .Produces<string>(StatusCodes.Status200OK, "application/atom+xml")
            .WithSearchParameters(pageable: false);
        return endpoints;
    }

    private static Results<FileContentHttpResult, ProblemHttpResult> Feed(HttpContext context, IStringLocalizer<Ui> text, IOptionsMonitor<OpenDataOptions> options)
    {
        if (OpenDataIndex.Acquire(context) is not { } searcher) return OpenDataProblems.IndexNotReady();
        var input = SearchInput.Read(context);
        return TypedResults.Bytes(SearchFeed.Write(context, searcher, input, options.CurrentValue.FeedEntries, text), SearchFeed.ContentType);
    }
}
