using System.Globalization;
using System.Text;

namespace GoodPractices.Web.Contribute;

/// <summary>
/// Suggests a practice id from its title and countries, as CONTRIBUTING.md asks: the country code, then the
/// title's words in lower-case ASCII, joined by hyphens, at most 80 characters. contribute.js does the same in
/// the browser while the contributor types.
/// </summary>
public static class IdSuggestion
{
    public const int MaxLength = 80;

    /// <summary>The folder and id prefix of an entry that spans several countries.</summary>
    public const string International = "international";

    public static string? For(string? title, IReadOnlyList<string> countries)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var slug = Prefix(countries);
        foreach (var word in Words(title))
        {
            if (slug.Length + 1 + word.Length > MaxLength) break;
            slug += "-" + word;
        }
        return slug;
    }

    /// <summary>The folder under <c>practices/</c>: the country in lower case, or <c>international</c>.</summary>
    public static string Folder(IReadOnlyList<string> countries) =>
        countries.Count == 1 && countries[0].Length == 2 && countries[0].All(char.IsAsciiLetter)
            ? countries[0].ToLowerInvariant()
            : International;

    private static string Prefix(IReadOnlyList<string> countries) =>
        Folder(countries) is var folder && folder == International ? "int" : folder;

    private static IEnumerable<string> Words(string title)
    {
        var folded = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            folded.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }
        return folded.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries);
    }
}
