using System.Globalization;
using Ganss.Xss;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace GoodPractices.Core.Rendering;

/// <summary>
/// Turns contributed Markdown into HTML that is safe to put in a page. Contributed text is untrusted: Markdig
/// is told not to pass raw HTML through, and the result still goes through a sanitizer with an allow-list,
/// so that no script, event attribute or <c>javascript:</c>/<c>data:</c>/<c>vbscript:</c> link reaches a reader.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseAutoLinks()
        .Build();

    private static readonly MarkdownPipeline PlainTextPipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .Build();

    private readonly HtmlSanitizer _sanitizer;

    public MarkdownRenderer()
    {
        _sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "em", "del", "code", "pre", "blockquote",
                "ul", "ol", "li", "a", "table", "thead", "tbody", "tr", "th", "td",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "title", "align", "start" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
        });
        // Links in contributed text lead off the site: never give the target page a handle on ours.
        _sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } link && link.HasAttribute("href"))
            {
                link.SetAttribute("rel", "nofollow noopener noreferrer");
            }
        };
        _sanitizer.AllowedAttributes.Add("rel");
    }

    /// <summary>Safe HTML for <paramref name="markdown"/>; a level-1 heading is shown as level 2 so the page keeps one h1.</summary>
    public string ToHtml(string markdown)
    {
        var html = Markdown.ToHtml(markdown, Pipeline);
        html = html.Replace("<h1>", "<h2>", StringComparison.Ordinal).Replace("</h1>", "</h2>", StringComparison.Ordinal);
        return _sanitizer.Sanitize(html);
    }

    // One writer per thread for the plain text: an index build renders every body of the corpus, and a new writer
    // per body grew a buffer, copied it into a string and copied that again to trim it.
    [ThreadStatic]
    private static StringWriter? _plainTextWriter;

    /// <summary>The text of <paramref name="markdown"/> without markup, for indexing.</summary>
    public static string ToPlainText(string markdown)
    {
        var writer = _plainTextWriter ??= new StringWriter(CultureInfo.CurrentCulture);
        var text = writer.GetStringBuilder().Clear();
        Markdown.ToPlainText(markdown, writer, PlainTextPipeline);
        var start = 0;
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        var result = text.ToString(start, end - start);
        // Let a long body's buffer go rather than hold it for the life of the thread.
        if (text.Capacity > 1 << 20) _plainTextWriter = null;
        return result;
    }

    /// <summary>
    /// The running text of <paramref name="markdown"/> without its headings, for snippets: a heading flattened
    /// into a snippet reads as a broken sentence ("... brought together. Results The evaluation ...").
    /// </summary>
    public static string ToProse(string markdown) => Prose(Markdown.Parse(markdown, PlainTextPipeline));

    /// <summary><see cref="ToPlainText"/> and <see cref="ToProse"/> of one text, reading its Markdown once.</summary>
    public static (string PlainText, string Prose) ToPlainTextAndProse(string markdown)
    {
        var document = Markdown.Parse(markdown, PlainTextPipeline);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        PlainTextPipeline.Setup(renderer);
        renderer.Render(document);
        return (writer.ToString().Trim(), Prose(document));
    }

    private static string Prose(MarkdownDocument document)
    {
        foreach (var heading in document.Descendants<HeadingBlock>().ToList())
        {
            heading.Parent?.Remove(heading);
        }
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        PlainTextPipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString().Trim();
    }
}
