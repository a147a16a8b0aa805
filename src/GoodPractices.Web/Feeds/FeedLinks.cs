using GoodPractices.Search.Contracts;
using GoodPractices.Web.Search;

namespace GoodPractices.Web.Feeds;

/// <summary>Addresses of feeds, for pages to link to: one search, one address, whatever its sort or page.</summary>
public static class FeedLinks
{
    public static string ForSearch(PathString pathBase, SearchQuery query) =>
        pathBase.Add("/feed.atom").Value + SearchUrls.QueryString(query with { Page = 1, Sort = SearchSort.Relevance });

    public static string ForCountry(PathString pathBase, string countryCode) =>
        ForSearch(pathBase, SearchQuery.Empty.Toggle(FacetDimension.Country.Name, countryCode));
}
