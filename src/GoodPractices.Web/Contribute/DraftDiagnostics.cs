using GoodPractices.Core.Content;
using GoodPractices.Core.Corpus;
using GoodPractices.Core.Validation;
using GoodPractices.Web.Hosting;
using GoodPractices.Web.Indexing;
using Microsoft.Extensions.Options;

namespace GoodPractices.Web.Contribute;

/// <summary>
/// The problems of the practice files the index leaves out, by the id they were meant to have, so a contributor
/// previewing their file sees what to fix instead of a page that is not there. The corpus folder is read again
/// whenever the served index version has changed (the index host rebuilds it when a file is saved), and only
/// when someone asks for a practice the index does not have: the index host itself is left alone.
/// </summary>
public sealed partial class DraftDiagnostics(IndexHost host, IOptions<GoodPracticesOptions> options, ILogger<DraftDiagnostics> logger)
{
    private readonly Lock _gate = new();
    private IReadOnlyDictionary<string, IReadOnlyList<DraftFile>> _byId = new Dictionary<string, IReadOnlyList<DraftFile>>();
    private string? _readForVersion;

    /// <summary>The files with errors meant for <paramref name="id"/>: the original and any translation of it.</summary>
    public IReadOnlyList<DraftFile> For(string id)
    {
        lock (_gate)
        {
            var version = host.Version;
            if (_readForVersion is null || _readForVersion != version)
            {
                _byId = Read(options.Value.PracticesPath);
                _readForVersion = version;
            }
            return _byId.TryGetValue(id, out var files) ? files : [];
        }
    }

    /// <summary>The files of <paramref name="result"/> that have an error, by the id each was meant to have.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<DraftFile>> Broken(CorpusLoadResult result)
    {
        var byPath = result.Diagnostics.ToLookup(d => d.Path, StringComparer.Ordinal);
        return result.Files
            .Where(file => byPath[file.Path].Any(d => d.IsError))
            .GroupBy(IdOf, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<DraftFile>)g.Select(file => new DraftFile(file.Path, byPath[file.Path].ToList())).ToList(),
                StringComparer.Ordinal);
    }

    private IReadOnlyDictionary<string, IReadOnlyList<DraftFile>> Read(string practicesPath)
    {
        if (!Directory.Exists(practicesPath)) return new Dictionary<string, IReadOnlyList<DraftFile>>();
        try
        {
            return Broken(CorpusLoader.LoadDirectory(practicesPath));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            // A broken taxonomy breaks the index build too, and is logged there; the preview just has nothing to add.
            LogReadFailed(e, practicesPath);
            return new Dictionary<string, IReadOnlyList<DraftFile>>();
        }
    }

    // A file too broken to give its id is known by its name, which the id must equal anyway.
    private static string IdOf(PracticeFile file)
    {
        if (file.Id is { Length: > 0 } id) return id;
        var name = Path.GetFileName(file.Path);
        var stem = name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
        var dot = stem.LastIndexOf('.');
        return dot > 0 && stem.Length - dot - 1 is 2 or 3 ? stem[..dot] : stem;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read {PracticesPath} for the draft errors preview")]
    private partial void LogReadFailed(Exception exception, string practicesPath);
}

/// <summary>One file with errors: its path under the corpus folder and every problem found in it.</summary>
public sealed record DraftFile(string Path, IReadOnlyList<Diagnostic> Diagnostics);
