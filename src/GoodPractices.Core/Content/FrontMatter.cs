namespace GoodPractices.Core.Content;

/// <summary>A practice file cut into its YAML front matter and its Markdown body.</summary>
/// <param name="Yaml">The text between the two <c>---</c> lines.</param>
/// <param name="YamlFirstLine">The file line on which <paramref name="Yaml"/> starts (1-based).</param>
/// <param name="Body">The Markdown after the closing <c>---</c>.</param>
/// <param name="BodyFirstLine">The file line on which <paramref name="Body"/> starts (1-based).</param>
public sealed record FrontMatter(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    /// <summary>Splits <paramref name="text"/>; null when it does not open with a closed front matter block, with the message key of the problem.</summary>
    public static FrontMatter? Split(string text, out string? problem)
    {
        problem = null;
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r', ' ', '\t') != "---")
        {
            problem = "front-matter-missing";
            return null;
        }
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r', ' ', '\t');
            if (line is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return new FrontMatter(yaml, 2, body, i + 2);
            }
        }
        problem = "front-matter-unclosed";
        return null;
    }
}
