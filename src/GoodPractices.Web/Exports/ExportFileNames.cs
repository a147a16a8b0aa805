using System.Globalization;
using System.Text;
using GoodPractices.Web.Search;

namespace GoodPractices.Web.Exports;

/// <summary>Download names that say what is inside: <c>goodpractices-prison-it-2026-11-28.csv</c>.</summary>
public static class ExportFileNames
{
    private const int MaxDescriptionLength = 60;

    public static string For(SearchQuery query, string extension, DateTime today)
    {
        var parts = new List<string>();
        if (query.Text.Length > 0) parts.Add(query.Text);
        parts.AddRange(query.Filters.Values.SelectMany(values => values));
        if (query.FromYear is { } from) parts.Add("from-" + from.ToString(CultureInfo.InvariantCulture));
        if (query.ToYear is { } to) parts.Add("to-" + to.ToString(CultureInfo.InvariantCulture));
        var description = Slug(string.Join('-', parts));
        if (description.Length == 0) description = "all";
        return $"goodpractices-{description}-{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{extension}";
    }

    private static string Slug(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(c);
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
            if (builder.Length >= MaxDescriptionLength) break;
        }
        return builder.ToString().Trim('-');
    }
}
