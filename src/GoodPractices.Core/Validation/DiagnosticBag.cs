using GoodPractices.Core.Content;

namespace GoodPractices.Core.Validation;

/// <summary>Collects the diagnostics of one file, so every problem is reported in one pass.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public DiagnosticBag(string path) => Path = path;

    public string Path { get; }
    public IReadOnlyList<Diagnostic> Items => _items;
    public bool HasErrors => _items.Any(d => d.IsError);

    public void Error(SourcePosition at, string code, string? field, params MessagePart?[] parts) =>
        Add(at, DiagnosticSeverity.Error, code, field, parts);

    public void Warning(SourcePosition at, string code, string? field, params MessagePart?[] parts) =>
        Add(at, DiagnosticSeverity.Warning, code, field, parts);

    private void Add(SourcePosition at, DiagnosticSeverity severity, string code, string? field, MessagePart?[] parts) =>
        _items.Add(new Diagnostic(Path, at.Line, at.Column, severity, code, parts.OfType<MessagePart>().ToList(), field));
}
