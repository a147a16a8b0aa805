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

    public void Error(SourcePosition at, string code, string message, string? field = null) =>
        _items.Add(new Diagnostic(Path, at.Line, at.Column, DiagnosticSeverity.Error, code, message, field));

    public void Warning(SourcePosition at, string code, string message, string? field = null) =>
        _items.Add(new Diagnostic(Path, at.Line, at.Column, DiagnosticSeverity.Warning, code, message, field));
}
