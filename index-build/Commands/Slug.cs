using System.Globalization;
using System.Text;

namespace GoodPractices.IndexBuild.Commands;

/// <summary>Makes a practice id from a title: lower-case ASCII words joined by hyphens, at most 80 characters.</summary>
public static class Slug
{
    public static string Make(string prefix, string title)
    {
        var folded = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            folded.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }
        var words = folded.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries);
        var slug = prefix;
        foreach (var word in words)
        {
            if (slug.Length + 1 + word.Length > 80) break;
            slug += "-" + word;
        }
        return slug;
    }
}
