using System.Runtime.CompilerServices;
using GoodPractices.Search.Contracts;

namespace GoodPractices.Web.Contribute;

/// <summary>
/// Every practice id in an index version, for the duplicate-id check and the list of ids <c>related</c> can name.
/// An index version never changes, so the list is read once per version and forgotten with it.
/// </summary>
public static class KnownPracticeIds
{
    private static readonly ConditionalWeakTable<IPracticeSearcher, IReadOnlyList<string>> ByVersion = [];

    public static IReadOnlyList<string> Of(IPracticeSearcher searcher) => ByVersion.GetValue(searcher, Read);

    private static IReadOnlyList<string> Read(IPracticeSearcher searcher)
    {
        var ids = new List<string>(searcher.PracticeCount);
        for (var page = 1; ; page++)
        {
            var results = searcher.Search(new SearchRequest { Sort = SearchSort.Title, Page = page, PageSize = SearchRequest.MaxPageSize });
            ids.AddRange(results.Hits.Select(h => h.Id));
            if (results.Page >= results.PageCount || results.Hits.Count == 0) break;
        }
        return ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }
}
