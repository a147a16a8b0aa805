using System.Text.Encodings.Web;
using System.Text.Unicode;
using GoodPractices.Search.Contracts;

namespace GoodPractices.Search.Tests.Support;

/// <summary>A hit's passage as a page shows it: the text encoded, matched words in <c>mark</c>.</summary>
internal static class SnippetMarkup
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string SnippetHtml(this SearchHit hit) =>
        string.Concat(hit.Snippet.Pieces().Select(p => p.Marked ? $"<mark>{Encoder.Encode(p.Text)}</mark>" : Encoder.Encode(p.Text)));
}
