using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using GoodPractices.Search.Contracts;

namespace GoodPractices.Web.Search;

/// <summary>Writes a <see cref="SearchQuery"/> back into an address: the whole page state lives in plain links.</summary>
public static class SearchUrls
{
    public static string SortName(SearchSort sort) => sort switch
    {
        SearchSort.Newest => "newest",
        SearchSort.Reviewed => "reviewed",
        SearchSort.Title => "title",
        _ => "relevance",
    };

    /// <summary>The search page path under <paramref name="pathBase"/> with <paramref name="query"/> in its query string.</summary>
    public static string For(PathString pathBase, SearchQuery query) => pathBase.Add("/search").Value + QueryString(query);

    /// <summary><c>?q=...&amp;country=PT...</c>, or an empty string for the empty query; parameters in a stable order.</summary>
    public static string QueryString(SearchQuery query)
    {
        var pairs = new List<(string Key, string Value)>();
        if (query.Text.Length > 0) pairs.Add(("q", query.Text));
        foreach (var dimension in FacetDimension.All)
        {
            foreach (var value in query.Selected(dimension.Name)) pairs.Add((dimension.Name, value));
        }
        if (query.FromYear is { } from) pairs.Add(("from", from.ToString(CultureInfo.InvariantCulture)));
        if (query.ToYear is { } to) pairs.Add(("to", to.ToString(CultureInfo.InvariantCulture)));
        if (query.Sort != SearchSort.Relevance) pairs.Add(("sort", SortName(query.Sort)));
        if (query.Page > 1) pairs.Add(("page", query.Page.ToString(CultureInfo.InvariantCulture)));
        if (pairs.Count == 0) return "";

        var builder = new StringBuilder();
        foreach (var (key, value) in pairs)
        {
            builder.Append(builder.Length == 0 ? '?' : '&').Append(key).Append('=').Append(Encode(value));
        }
        return builder.ToString();
    }

    // '+' for a space is what a GET form sends too, and a third of the size of %20 in a hundred facet links.
    private static string Encode(string value) => UrlEncoder.Default.Encode(value).Replace("%20", "+", StringComparison.Ordinal);

    /// <summary>A search for one facet value, as the chips on a practice page link to.</summary>
    public static string ForValue(PathString pathBase, string dimension, string value) =>
        For(pathBase, SearchQuery.Empty.Toggle(dimension, value));

    /// <summary>
    /// The links of a facet list, each the search with one value added to or taken from its dimension: the text of
    /// <c>For(pathBase, query.Toggle(dimension, value))</c>. A page lists some three hundred values, and most are not
    /// selected: for those, the address of the search with a marker added to the dimension is written once, and each
    /// value's link is that address with the value in the marker's place (a value is added last, so only it differs).
    /// </summary>
    public sealed class FacetLinks(PathString pathBase, SearchQuery query)
    {
        // A private-use character: nothing a reader types, and should a query hold it, every link is written whole.
        private const string Marker = "\uE000";
        private static readonly string EncodedMarker = Encode(Marker);
        private readonly Dictionary<string, (string Before, string After)?> _byDimension = new(StringComparer.Ordinal);

        public string Toggle(string dimension, string value)
        {
            if (query.IsSelected(dimension, value)) return For(pathBase, query.Toggle(dimension, value));
            if (!_byDimension.TryGetValue(dimension, out var parts))
            {
                var address = For(pathBase, query.Toggle(dimension, Marker));
                var at = address.IndexOf(EncodedMarker, StringComparison.Ordinal);
                parts = at >= 0 && address.IndexOf(EncodedMarker, at + 1, StringComparison.Ordinal) < 0
                    ? (address[..at], address[(at + EncodedMarker.Length)..])
                    : null;
                _byDimension[dimension] = parts;
            }
            return parts is (string before, string after) ? string.Concat(before, Encode(value), after) : For(pathBase, query.Toggle(dimension, value));
        }
    }
}
