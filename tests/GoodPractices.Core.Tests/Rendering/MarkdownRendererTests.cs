using GoodPractices.Core.Rendering;

namespace GoodPractices.Core.Tests.Rendering;

/// <summary>Contributed Markdown is untrusted: nothing in it may run script in a reader's browser.</summary>
public class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Theory]
    [InlineData("Hello <script>alert(1)</script> world")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"https://x.org\" onclick=\"alert(1)\">x</a>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<svg onload=alert(1)></svg>")]
    public void RawHtmlNeverReachesThePageAsMarkup(string markdown)
    {
        var html = _renderer.ToHtml(markdown);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("<[^>]+ on[a-z]+=", html);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[click](vbscript:msgbox(1))")]
    [InlineData("<javascript:alert(1)>")]
    public void DangerousLinkSchemesAreDropped(string markdown)
    {
        var html = _renderer.ToHtml(markdown);

        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"data", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"vbscript", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void OrdinaryMarkdownKeepsItsStructureAndSafeLinks()
    {
        var html = _renderer.ToHtml("## Results\n\nA **strong** [report](https://www.emcdda.europa.eu).\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");

        Assert.Contains("<h2", html, StringComparison.Ordinal);
        Assert.Contains("<strong>strong</strong>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://www.emcdda.europa.eu\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"nofollow noopener noreferrer\"", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ATopLevelHeadingIsDemotedSoThePageKeepsOneH1() =>
        Assert.DoesNotContain("<h1", _renderer.ToHtml("# Title\n\ntext"), StringComparison.Ordinal);

    [Fact]
    public void PlainTextDropsMarkup() =>
        Assert.Equal("Results\nA strong report.", MarkdownRenderer.ToPlainText("## Results\n\nA **strong** [report](https://x.org)."));

    [Fact]
    public void ProseLeavesOutHeadingsSoSnippetsReadAsSentences() =>
        Assert.Equal("The event met.\nIt worked.", MarkdownRenderer.ToProse("## What it does\n\nThe event met.\n\n## Results\n\nIt **worked**."));

    [Fact]
    public void ReadingTheMarkdownOnceGivesTheSamePlainTextAndProseAsReadingItTwice()
    {
        const string markdown = "# Title\n\nThe **event** met [partners](https://x.org).\n\n## Results\n\n- one\n- two\n\n" +
            "| a | b |\n|---|---|\n| 1 | 2 |\n\n> quoted `code`\n";

        var (plainText, prose) = MarkdownRenderer.ToPlainTextAndProse(markdown);

        Assert.Equal(MarkdownRenderer.ToPlainText(markdown), plainText);
        Assert.Equal(MarkdownRenderer.ToProse(markdown), prose);
        Assert.Contains("Results", plainText, StringComparison.Ordinal);
        Assert.DoesNotContain("Results", prose, StringComparison.Ordinal);
    }
}
