using System.Globalization;

namespace GoodPractices.Core.Validation;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}

/// <summary>One problem found in a practice file, pointing at the line and column of the offending YAML node.</summary>
/// <param name="Path">The file, relative to the folder being checked, with forward slashes.</param>
/// <param name="Line">1-based line in the file.</param>
/// <param name="Column">1-based column in the file.</param>
/// <param name="Parts">The sentences of the message, each translatable (see <see cref="ValidationMessages"/>).</param>
/// <param name="Field">The front matter field concerned (e.g. <c>evidence.level</c>, <c>sources[2].url</c>), when there is one.</param>
public sealed record Diagnostic(
    string Path, int Line, int Column, DiagnosticSeverity Severity, string Code, IReadOnlyList<MessagePart> Parts, string? Field = null)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The message in English, as the command line prints it.</summary>
    public string Message => MessageIn("en");

    /// <summary>The message in <paramref name="language"/>, falling back to English sentence by sentence.</summary>
    public string MessageIn(string language) => string.Join(' ', Parts.Select(p => p.In(language)));

    /// <summary>The compiler-style line: <c>path:line:column: error CODE: message</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Path}:{Line}:{Column}: {(IsError ? "error" : "warning")} {Code}: {Message}");
}
