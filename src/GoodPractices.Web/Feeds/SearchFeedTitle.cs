using System.Globalization;
using GoodPractices.Search.Contracts;
using GoodPractices.Web.Localization;
using GoodPractices.Web.Search;
using GoodPractices.Web.Taxonomy;
using Microsoft.Extensions.Localization;

namespace GoodPractices.Web.Feeds;

/// <summary>Says in words what a search asks for, so that a feed reader's list of subscriptions is readable.</summary>
public static class SearchFeedTitle
{
    public static string For(SearchQuery query, TaxonomyLabels labels, IStringLocalizer<Ui> text)
    {
        var parts = new List<string>();
        if (query.Text.Length > 0) parts.Add($"“{(query.Text.Length > 80 ? query.Text[..80] + "…" : query.Text)}”");
        foreach (var dimension in FacetDimension.All)
        {
            var values = query.Selected(dimension.Name);
            if (values.Count > 0)
                parts.Add(labels.Dimension(dimension.Name) + ": " + string.Join(", ", values.Select(v => labels.Value(dimension.Name, v))));
        }
        if (query.FromYear is not null || query.ToYear is not null)
        {
            parts.Add(string.Format(CultureInfo.CurrentCulture, text["Started {0}–{1}"].Value,
                query.FromYear?.ToString(CultureInfo.InvariantCulture) ?? "", query.ToYear?.ToString(CultureInfo.InvariantCulture) ?? ""));
        }
        return parts.Count == 0
            ? text["GoodPractices: all good practices"]
            : string.Format(CultureInfo.CurrentCulture, text["GoodPractices: {0}"].Value, string.Join(" · ", parts));
    }
}
