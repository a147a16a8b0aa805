namespace GoodPractices.Web.Exports;

/// <summary>
/// Writes RFC 4180 rows: comma separated, CRLF line ends, a field quoted when it holds a comma, quote or line break,
/// and quotes doubled inside it.
/// </summary>
public sealed class CsvRowWriter(TextWriter writer)
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public async Task WriteRowAsync(IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first) await writer.WriteAsync(',').ConfigureAwait(false);
            first = false;
            await writer.WriteAsync(Escape(field)).ConfigureAwait(false);
        }
        await writer.WriteAsync("\r\n").ConfigureAwait(false);
    }

    /// <summary>
    /// Contributed text that starts like a formula (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>) would be run by a spreadsheet that
    /// opens the file: such text gets a leading apostrophe, as OWASP advises against CSV injection.
    /// </summary>
    public static string Defuse(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static string Escape(string field) =>
        field.IndexOfAny(NeedsQuotes) < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
