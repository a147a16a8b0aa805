using System.Globalization;
using System.Text;

namespace GoodPractices.Web.Citations;

/// <summary>A RIS record (Zotero, EndNote, Mendeley): type ELEC, one <c>TAG  - value</c> a line, ended by <c>ER</c>.</summary>
public static class Ris
{
    public const string ContentType = "application/x-research-info-systems; charset=utf-8";

    public static string Write(Citation citation)
    {
        var builder = new StringBuilder();
        Tag(builder, "TY", "ELEC");
        Tag(builder, "TI", citation.Title);
        Tag(builder, "T2", Citation.Container);
        Tag(builder, "AU", Citation.Author);
        Tag(builder, "AB", citation.Summary);
        Tag(builder, "PY", citation.Published.Year.ToString(CultureInfo.InvariantCulture));
        Tag(builder, "DA", Date(citation.Published));
        // The date the text was last revised; RIS has no better tag, and reference managers show it as a note.
        Tag(builder, "N1", "Last reviewed " + Date(citation.LastReviewed));
        Tag(builder, "LA", citation.Language);
        foreach (var keyword in citation.Keywords) Tag(builder, "KW", keyword);
        Tag(builder, "UR", citation.Url);
        Tag(builder, "Y2", Date(citation.Accessed));
        Tag(builder, "ER", "");
        return builder.ToString();
    }

    // RIS has no escaping: a value is the rest of its line, so line breaks in it become spaces.
    private static void Tag(StringBuilder builder, string tag, string value) =>
        builder.Append(tag).Append("  - ").Append(value.ReplaceLineEndings(" ")).Append("\r\n");

    private static string Date(DateOnly date) => date.ToString("yyyy'/'MM'/'dd", CultureInfo.InvariantCulture);
}
