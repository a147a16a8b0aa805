using GoodPractices.Core.Validation;

namespace GoodPractices.Core.Content;

/// <summary>
/// What reading one file gave: an original or a translation (null when the file has errors), the diagnostics
/// found in the file alone, and the positions the corpus-wide checks need to point at.
/// </summary>
public sealed record PracticeFile
{
    public required string Path { get; init; }
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }
    public Practice? Practice { get; init; }
    public PracticeTranslation? Translation { get; init; }
    /// <summary>The id (or, for a translation, the id it translates) as written, even when the file has other errors.</summary>
    public string? Id { get; init; }
    public SourcePosition IdPosition { get; init; } = SourcePosition.FileStart;
    public bool IsTranslation { get; init; }
    public IReadOnlyList<(string Id, SourcePosition At)> RelatedIds { get; init; } = [];
    /// <summary>
    /// Identifies the bytes read, when the reader did not keep bodies, so that a body read back later is known to be
    /// the one that was checked (see <see cref="PracticeFileReader.ReadBody"/>).
    /// </summary>
    public int? Fingerprint { get; init; }

    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
