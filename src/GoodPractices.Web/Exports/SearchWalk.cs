using GoodPractices.Core.Content;
using GoodPractices.Search.Contracts;

namespace GoodPractices.Web.Exports;

/// <summary>Every practice a search matches, not one page: reads the result page by page at the largest page size.</summary>
public static class SearchWalk
{
    public static IEnumerable<SearchHit> Hits(IPracticeSearcher searcher, SearchRequest request)
    {
        var page = 1;
        while (true)
        {
            var results = searcher.Search(request with { Page = page, PageSize = SearchRequest.MaxPageSize, Snippets = false });
            foreach (var hit in results.Hits) yield return hit;
            // A page beyond the last is answered with the last one: stop at the last rather than read it twice.
            if (results.Hits.Count == 0 || results.Page >= results.PageCount) yield break;
            page = results.Page + 1;
        }
    }

    /// <summary>The whole practice of every hit, in the search's order.</summary>
    public static IEnumerable<Practice> Practices(IPracticeSearcher searcher, SearchRequest request) =>
        Hits(searcher, request).Select(hit => searcher.Find(hit.Id)).OfType<Practice>();
}
