namespace GoodPractices.Core.Content;

/// <summary>A practice file cut into its YAML front matter and its Markdown body.</summary>
/// <param name="Yaml">The text between the two <c>---</c> lines.</param>
/// <param name="YamlFirstLine">The file line on which <paramref name="Yaml"/> starts (1-based).</param>
/// <param name="Body">The Markdown after the closing <c>---</c>.</param>
/// <param name="BodyFirstLine">The file line on which <paramref name="Body"/> starts (1-based).</param>
public sealed record FrontMatter(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    /// <summary>Splits <paramref name="text"/>; null when it does not open with a closed front matter block, with the message key of the problem.</summary>
    public static FrontMatter? Split(string text, out string? problem) =>
        SplitInPlace(text, out problem) is { } parts
            ? new FrontMatter(parts.Yaml, parts.YamlFirstLine, text[parts.BodyStart..], parts.BodyFirstLine)
            : null;

    /// <summary>As <see cref="Split"/>, with the body left in place in <paramref name="text"/>.</summary>
    internal static FrontMatterParts? SplitInPlace(ReadOnlySpan<char> text, out string? problem)
    {
        // Walks the lines in place rather than splitting the whole file into lines and joining them again:
        // the body is most of the file, and this runs once per file of the corpus.
        problem = null;
        var end = LineEnd(text, 0);
        if (!IsFence(text[..end], closing: false))
        {
            problem = "front-matter-missing";
            return null;
        }
        var yamlStart = Math.Min(end + 1, text.Length);
        var lineNumber = 2;
        for (var start = end + 1; start <= text.Length; start = end + 1, lineNumber++)
        {
            end = LineEnd(text, start);
            if (IsFence(text[start..end], closing: true))
            {
                // The text between the fences without the line break before the closing one, and everything after
                // the closing line's own line break.
                var yaml = start > yamlStart ? text[yamlStart..(start - 1)].ToString() : "";
                return new FrontMatterParts(yaml, 2, Math.Min(end + 1, text.Length), lineNumber + 1);
            }
            if (end == text.Length) break;
        }
        problem = "front-matter-unclosed";
        return null;
    }

    private static int LineEnd(ReadOnlySpan<char> text, int start)
    {
        var newline = text[start..].IndexOf('\n');
        return newline < 0 ? text.Length : start + newline;
    }

    private static bool IsFence(ReadOnlySpan<char> line, bool closing)
    {
        var trimmed = line.TrimEnd("\r \t");
        return trimmed.SequenceEqual("---") || (closing && trimmed.SequenceEqual("..."));
    }
}

/// <summary>A front matter split that leaves the body, most of the file, in the file's text from <c>BodyStart</c> on.</summary>
internal readonly record struct FrontMatterParts(string Yaml, int YamlFirstLine, int BodyStart, int BodyFirstLine);
