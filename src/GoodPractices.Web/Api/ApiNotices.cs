using System.Globalization;
using System.Text.Json;
using GoodPractices.Search.Contracts;
using GoodPractices.Web.Localization;
using GoodPractices.Web.Search;
using Microsoft.Extensions.Localization;

namespace GoodPractices.Web.Api;

/// <summary>
/// Notices in the request's language, in the same words the search page uses: what was read differently from
/// how it was written, and what the searcher could not use.
/// </summary>
public static class ApiNotices
{
    public const string PageSizeAdjusted = "pageSizeAdjusted";

    public static IReadOnlyList<NoticeResponse> Describe(SearchInput input, SearchResults results, IStringLocalizer<Ui> text)
    {
        var notices = input.Problems.Select(problem => new NoticeResponse(Kind(problem.ToString()), SearchNoticeText.Problem(problem, text), null)).ToList();
        if (input.PageSizeAdjusted)
        {
            notices.Add(new NoticeResponse(PageSizeAdjusted, string.Format(CultureInfo.CurrentCulture,
                text["The page size must be a number from 1 to {0}, so {1} was used."].Value, SearchRequest.MaxPageSize, input.PageSize), null));
        }
        notices.AddRange(results.Notices.Select(notice => new NoticeResponse(Kind(notice.Kind.ToString()), SearchNoticeText.Notice(notice, results, input.Language, text), notice.Detail)));
        return notices;
    }

    private static string Kind(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}
