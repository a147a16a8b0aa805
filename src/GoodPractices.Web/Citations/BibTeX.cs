using System.Globalization;
using System.Text;

namespace GoodPractices.Web.Citations;

/// <summary>
/// A BibTeX entry of type <c>@online</c>, biblatex's type for a web resource, with <c>url</c> and <c>urldate</c>; classic BibTeX
/// styles read its <c>year</c>, <c>title</c>, <c>author</c> and <c>note</c>.
/// </summary>
public static class BibTeX
{
    public const string ContentType = "application/x-bibtex; charset=utf-8";

    public static string Write(Citation citation)
    {
        var builder = new StringBuilder();
        builder.Append("@online{").Append(citation.Id).Append(",\n");
        // Double braces keep the title's capitals: BibTeX styles would otherwise lower-case "Portugal" or "EU".
        Field(builder, "title", "{" + Escape(citation.Title) + "}");
        Field(builder, "author", "{" + Escape(Citation.Author) + "}");
        Field(builder, "organization", Escape(Citation.Container));
        Field(builder, "year", citation.Published.Year.ToString(CultureInfo.InvariantCulture));
        Field(builder, "date", Date(citation.Published));
        Field(builder, "note", "Last reviewed " + Date(citation.LastReviewed));
        Field(builder, "abstract", Escape(citation.Summary));
        Field(builder, "keywords", Escape(string.Join(", ", citation.Keywords)));
        Field(builder, "language", citation.Language);
        // A URL is read verbatim by the url package: only its braces would break the entry, and practice addresses have none.
        Field(builder, "url", citation.Url);
        Field(builder, "urldate", Date(citation.Accessed));
        builder.Append("}\n");
        return builder.ToString();
    }

    /// <summary>Text safe inside a braced BibTeX field: LaTeX's special characters escaped, braces balanced, one line.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\{",
                '}' => @"\}",
                '&' => @"\&",
                '%' => @"\%",
                '$' => @"\$",
                '#' => @"\#",
                '_' => @"\_",
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                '\r' or '\n' or '\t' => " ",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }

    private static void Field(StringBuilder builder, string name, string value) =>
        builder.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
