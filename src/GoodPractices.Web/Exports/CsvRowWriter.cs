using CsvHelper;

namespace GoodPractices.Web.Exports;

/// <summary>
/// Writes RFC 4180 rows with CsvHelper: comma separated, CRLF line ends, a field quoted when it holds a comma, quote
/// or line break. Rows are buffered and handed to <paramref name="writer"/> as the buffer fills, so an export of the
/// whole corpus streams; disposing writes what is left.
/// </summary>
public sealed class CsvRowWriter(TextWriter writer) : IAsyncDisposable
{
    /// <summary>
    /// Contributed text that starts like a formula (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return)
    /// would be run by a spreadsheet that opens the file: every text field that does gets a leading apostrophe, as
    /// OWASP advises against CSV injection.
    /// </summary>
    public static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    private readonly CsvWriter _csv = CsvWriter.Create(writer, Options, leaveOpen: true);

    public async Task WriteRowAsync(IEnumerable<string> fields) =>
        await _csv.WriteRecordAsync(fields as string[] ?? [.. fields]).ConfigureAwait(false);

    /// <summary>
    /// The guard applied to one value, for a caller that builds a cell from several parts; the writer applies it to
    /// every field anyway, and a value that starts with the apostrophe is left as it is.
    /// </summary>
    public static string Defuse(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    public ValueTask DisposeAsync() => _csv.DisposeAsync();
}
