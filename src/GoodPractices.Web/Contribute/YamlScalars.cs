using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GoodPractices.Web.Contribute;

/// <summary>
/// Writes form values as YAML scalars that read back as exactly the text typed. A value is left plain only when
/// it matches a deliberately narrow pattern; everything else is double-quoted, the one YAML style that can
/// carry any character (quotes, colons, a '#', a leading dash) through an escape.
/// </summary>
public static partial class YamlScalars
{
    private static readonly string[] Reserved = ["null", "~", "true", "false", "yes", "no", "on", "off", "y", "n"];

    /// <summary>Free text (a title, a name): plain when it is ordinary words, else double-quoted.</summary>
    public static string Text(string value) =>
        PlainText().IsMatch(value) && !IsReserved(value) ? value : DoubleQuoted(value);

    /// <summary>A slug or code inside a flow list <c>[a, b]</c>: plain when it is one, else double-quoted.</summary>
    public static string Slug(string value) =>
        PlainSlug().IsMatch(value) && !IsReserved(value) ? value : DoubleQuoted(value);

    /// <summary>A year or other whole number: plain when it is digits (so it reads as a number), else quoted so the validator can say it is not one.</summary>
    public static string Number(string value) => Digits().IsMatch(value) ? value : DoubleQuoted(value);

    /// <summary>A date: plain when written year-month-day, else quoted text.</summary>
    public static string Date(string value) => IsoDate().IsMatch(value) ? value : DoubleQuoted(value);

    /// <summary>A web address: plain for an ordinary http(s) address, else quoted so a bad one still reaches the validator intact.</summary>
    public static string Url(string value) => PlainUrl().IsMatch(value) ? value : DoubleQuoted(value);

    public static string DoubleQuoted(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    // YAML allows neither C0/C1 controls nor these separators raw in a quoted scalar.
                    if (c < 0x20 || c is >= '\u007f' and <= '\u009f' or '\u2028' or '\u2029' or '\ufeff')
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else
                        builder.Append(c);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }

    /// <summary>
    /// Plain prose as a folded block (<c>&gt;-</c>), wrapped for a reader of the file, as in the CONTRIBUTING.md
    /// template; null when the text holds a character a block cannot carry, so the caller quotes it instead.
    /// </summary>
    public static IReadOnlyList<string>? FoldedLines(string value, int width)
    {
        if (value.Length == 0 || value.Any(c => char.IsControl(c) || c is '\ufeff') || char.IsWhiteSpace(value[0])
            || char.IsWhiteSpace(value[^1]) || value.Contains("  ", StringComparison.Ordinal))
        {
            return null;
        }
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in value.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        lines.Add(line.ToString());
        return lines;
    }

    private static bool IsReserved(string value) => Reserved.Contains(value, StringComparer.OrdinalIgnoreCase);

    // Letters and digits first; then only characters that mean nothing to YAML in a block value.
    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N}\p{M} .,;()/&+'’–—-]*(?<! )$")]
    private static partial Regex PlainText();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$")]
    private static partial Regex PlainSlug();

    [GeneratedRegex("^[0-9]{1,9}$")]
    private static partial Regex Digits();

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    private static partial Regex IsoDate();

    [GeneratedRegex("^https?://[A-Za-z0-9._~/?=&%+-]+$")]
    private static partial Regex PlainUrl();
}
