using System.Text.Encodings.Web;
using GoodPractices.Search.Contracts;

namespace GoodPractices.Web.Search;

/// <summary>
/// A hit's passage as HTML for the API's <c>snippetHtml</c>: each piece of text encoded with the site's HTML encoder,
/// matched words in <c>&lt;mark&gt;</c>. Pages write the pieces with Razor instead.
/// </summary>
public static class SnippetHtml
{
    public static string Of(Snippet snippet, HtmlEncoder encoder) =>
        string.Concat(snippet.Pieces().Select(piece => piece.Marked
            ? "<mark>" + encoder.Encode(piece.Text) + "</mark>"
            : encoder.Encode(piece.Text)));
}
