using System.Text;

namespace GoodPractices.Search.Querying;

/// <summary>
/// Escapes text for HTML content and attributes. Only the five markup characters are replaced: accented letters
/// stay as they are, so a snippet reads "prisão" in the page source, not "pris&amp;#227;o".
/// </summary>
internal static class HtmlText
{
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }
}
