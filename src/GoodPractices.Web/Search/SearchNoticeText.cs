using System.Globalization;
using GoodPractices.Search.Contracts;
using GoodPractices.Web.Localization;
using Microsoft.Extensions.Localization;

namespace GoodPractices.Web.Search;

/// <summary>
/// The sentences that tell a reader what was read differently from how it was written, and what the searcher could
/// not use: one wording for the search page and the API.
/// </summary>
public static class SearchNoticeText
{
    public static string Problem(SearchInputProblem problem, IStringLocalizer<Ui> text) => problem switch
    {
        SearchInputProblem.PageNotANumber => text["The page number in the address is not a number, so the first page is shown."],
        SearchInputProblem.YearNotANumber => text["A start year in the address is not a year, so it was ignored."],
        SearchInputProblem.UnknownSort => text["The sort order in the address is not known, so results are sorted by relevance."],
        SearchInputProblem.QueryShortened => string.Format(CultureInfo.CurrentCulture,
            text["Your search was very long, so only its first {0} characters were used."].Value, SearchQuery.MaxQueryLength),
        SearchInputProblem.TooManyFilters => text["Too many filters were chosen in one list; only the first ones were used."],
        _ => text["Part of the address could not be read, so a plain search is shown."],
    };

    /// <summary>
    /// The searcher words its notices in English with the specifics; other languages get a translated sentence by kind
    /// (the specifics are in <see cref="SearchNotice.Detail"/>).
    /// </summary>
    public static string Notice(SearchNotice notice, SearchResults results, string language, IStringLocalizer<Ui> text) => language == UiLanguages.Default
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
            SearchNoticeKind.CloseWords => text["Nothing matched your search exactly, so these practices have words close to yours."],
            SearchNoticeKind.MostWords => notice.Detail == "0"
                ? text["No practice has all of your words; these have most of them."]
                : text["Few practices have all of your words; practices with most of them follow."],
            SearchNoticeKind.IncludingSynonyms =>
                text["Few practices matched your words as typed, so practices that use words meaning the same are included. Put a word in quotes to search for it alone."],
            _ => notice.Message,
        };

    /// <summary>
    /// Whether a page shows the notice's detail after its sentence: only in a translated sentence, which lacks the
    /// specifics, and not when the sentence already names them.
    /// </summary>
    public static bool ShowsDetail(SearchNotice notice, string language) =>
        language != UiLanguages.Default && notice.Kind is not (SearchNoticeKind.ShowingResultsFor or SearchNoticeKind.MostWords or SearchNoticeKind.CloseWords) && notice.Detail is { Length: > 0 and < 200 };
}
