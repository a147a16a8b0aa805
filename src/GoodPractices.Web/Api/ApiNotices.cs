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
        var notices = input.Problems.Select(problem => new NoticeResponse(Kind(problem.ToString()), Problem(problem, text), null)).ToList();
        if (input.PageSizeAdjusted)
        {
            notices.Add(new NoticeResponse(PageSizeAdjusted, string.Format(CultureInfo.CurrentCulture,
                text["The page size must be a number from 1 to {0}, so {1} was used."].Value, SearchRequest.MaxPageSize, input.PageSize), null));
        }
        notices.AddRange(results.Notices.Select(notice => new NoticeResponse(Kind(notice.Kind.ToString()), Notice(notice, results, input.Language, text), notice.Detail)));
        return notices;
    }

    private static string Kind(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    private static string Problem(SearchInputProblem problem, IStringLocalizer<Ui> text) => problem switch
    {
        SearchInputProblem.PageNotANumber => text["The page number in the address is not a number, so the first page is shown."],
        SearchInputProblem.YearNotANumber => text["A start year in the address is not a year, so it was ignored."],
        SearchInputProblem.UnknownSort => text["The sort order in the address is not known, so results are sorted by relevance."],
        SearchInputProblem.QueryShortened => string.Format(CultureInfo.CurrentCulture,
            text["Your search was very long, so only its first {0} characters were used."].Value, SearchQuery.MaxQueryLength),
        SearchInputProblem.TooManyFilters => text["Too many filters were chosen in one list; only the first ones were used."],
        _ => text["Part of the address could not be read, so a plain search is shown."],
    };

    // The searcher words its notices in English with the specifics; other languages get the search page's sentence by kind.
    private static string Notice(SearchNotice notice, SearchResults results, string language, IStringLocalizer<Ui> text) => language == UiLanguages.Default
        ? notice.Message
        : notice.Kind switch
        {
            SearchNoticeKind.QueryReadAsPlainWords => text["Your search could not be read as written, so its words were searched instead."],
            SearchNoticeKind.QueryTooLong => text["Your search was too long and was shortened."],
            SearchNoticeKind.UnknownFacetValue or SearchNoticeKind.UnknownDimension => text["A filter in the address is not known and was ignored."],
            SearchNoticeKind.PageOutOfRange => text["That page of results does not exist, so the last one is shown."],
            SearchNoticeKind.InvalidYearRange => text["The range of start years could not be used as given."],
            SearchNoticeKind.QueryFeatureRefused => text["Part of your search is not supported and was left out."],
            SearchNoticeKind.ShowingResultsFor => string.Format(CultureInfo.CurrentCulture,
                text["Nothing matched your search as typed, so these are the results for: {0}"].Value, results.ShowingResultsFor),
            SearchNoticeKind.IncludingSynonyms =>
                text["Few practices matched your words as typed, so practices that use words meaning the same are included. Put a word in quotes to search for it alone."],
            _ => notice.Message,
        };
}
