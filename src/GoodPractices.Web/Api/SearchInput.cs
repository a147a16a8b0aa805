using System.Globalization;
using GoodPractices.Search.Contracts;
using GoodPractices.Web.Localization;
using GoodPractices.Web.Search;

namespace GoodPractices.Web.Api;

/// <summary>
/// A search as the open data endpoints read it: exactly the search page's parameters (through
/// <see cref="SearchQueryParser"/>), plus <c>pageSize</c>, which a page size out of range clamps rather than refuses.
/// </summary>
public sealed record SearchInput(
    SearchQuery Query,
    IReadOnlyList<SearchInputProblem> Problems,
    int PageSize,
    bool PageSizeAdjusted,
    string Language)
{
    public const string PageSizeKey = "pageSize";

    public static SearchInput Read(HttpContext context)
    {
        var (query, problems) = SearchQueryParser.Parse(context.Request.Query);
        var (pageSize, adjusted) = ReadPageSize(context.Request.Query[PageSizeKey].ToString());
        return new SearchInput(query, problems, pageSize, adjusted, UiLanguages.Of(context));
    }

    /// <summary>What to ask the searcher for the page this input names.</summary>
    public SearchRequest ToRequest() => Query.ToRequest(Language) with { PageSize = PageSize };

    /// <summary>The same search for every matching practice (see <see cref="IPracticeSearcher.SearchAll"/>), in the order it sorts them.</summary>
    public SearchRequest ToRequestForAll() => Query.ToRequest(Language) with { Page = 1 };

    /// <summary>This search's query string (without page unless asked for), for links to its other forms.</summary>
    public string QueryString(bool withPage, bool withSort = true)
    {
        var query = Query with { Page = withPage ? Query.Page : 1, Sort = withSort ? Query.Sort : SearchSort.Relevance };
        var text = SearchUrls.QueryString(query);
        if (!withPage || PageSize == SearchRequest.DefaultPageSize) return text;
        return text + (text.Length == 0 ? "?" : "&") + PageSizeKey + "=" + PageSize.ToString(CultureInfo.InvariantCulture);
    }

    private static (int PageSize, bool Adjusted) ReadPageSize(string raw)
    {
        raw = raw.Trim();
        if (raw.Length == 0) return (SearchRequest.DefaultPageSize, false);
        if (!int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var size))
            return raw.TrimStart('+').All(char.IsAsciiDigit) ? (SearchRequest.MaxPageSize, true) : (SearchRequest.DefaultPageSize, true);
        return size switch
        {
            < 1 => (1, true),
            > SearchRequest.MaxPageSize => (SearchRequest.MaxPageSize, true),
            _ => (size, false),
        };
    }
}
