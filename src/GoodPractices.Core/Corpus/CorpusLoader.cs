using GoodPractices.Core.Content;
using GoodPractices.Core.Taxonomy;
using GoodPractices.Core.Validation;

namespace GoodPractices.Core.Corpus;

/// <summary>
/// Reads every practice file under a folder and adds the checks that need the whole corpus: duplicate ids,
/// unknown <c>related</c> ids and translations without an original. A broken file never stops the others.
/// </summary>
public sealed class CorpusLoader
{
    private readonly PracticeTaxonomy _taxonomy;
    private readonly DateOnly _today;

    public CorpusLoader(PracticeTaxonomy taxonomy, DateOnly today)
    {
        _taxonomy = taxonomy;
        _today = today;
    }

    /// <summary>Loads <paramref name="directory"/> with its own <c>taxonomy.yml</c>, checking dates against today (UTC).</summary>
    public static CorpusLoadResult LoadDirectory(string directory) =>
        new CorpusLoader(TaxonomyLoader.LoadFromCorpus(directory), DateOnly.FromDateTime(DateTime.UtcNow)).Load(directory);

    public CorpusLoadResult Load(string directory, IProgress<int>? filesRead = null)
    {
        var root = Path.GetFullPath(directory);
        var paths = Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Where(p => !IsIgnored(Path.GetRelativePath(root, p)))
            .Order(StringComparer.Ordinal)
            .ToList();
        var reader = new PracticeFileReader(_taxonomy, _today);
        var files = new PracticeFile[paths.Count];
        var done = 0;
        Parallel.For(0, paths.Count, i =>
        {
            files[i] = reader.ReadFile(paths[i], Path.GetRelativePath(root, paths[i]).Replace('\\', '/'));
            var count = Interlocked.Increment(ref done);
            if (count % 1000 == 0) filesRead?.Report(count);
        });
        return Combine(files);
    }

    /// <summary>Runs the corpus-wide checks over files already read and assembles the valid practices.</summary>
    public CorpusLoadResult Combine(IReadOnlyList<PracticeFile> files)
    {
        var diagnostics = files.SelectMany(f => f.Diagnostics).ToList();
        var originals = files.Where(f => !f.IsTranslation && f.Id is not null).ToList();

        var firstById = new Dictionary<string, PracticeFile>(StringComparer.Ordinal);
        var duplicates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in originals)
        {
            if (firstById.TryAdd(file.Id!, file)) continue;
            duplicates.Add(file.Id!);
            var first = firstById[file.Id!];
            diagnostics.Add(new Diagnostic(file.Path, file.IdPosition.Line, file.IdPosition.Column, DiagnosticSeverity.Error,
                DiagnosticCodes.DuplicateId,
                $"The id '{file.Id}' is already used by {first.Path} (line {first.IdPosition.Line}); every practice needs its own id.", "id"));
        }

        foreach (var file in originals)
        {
            foreach (var (id, at) in file.RelatedIds.Where(r => r.Id != file.Id && !firstById.ContainsKey(r.Id)))
            {
                var closest = Text.Closest.To(id, firstById.Keys, 1);
                var hint = closest.Count > 0 ? $" Did you mean '{closest[0]}'?" : "";
                diagnostics.Add(new Diagnostic(file.Path, at.Line, at.Column, DiagnosticSeverity.Error,
                    DiagnosticCodes.UnknownRelatedId, $"'related' names '{id}', but no practice has that id.{hint}", "related"));
            }
        }

        var translationsById = new Dictionary<string, List<PracticeTranslation>>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => f.IsTranslation && f.Id is not null))
        {
            if (!firstById.TryGetValue(file.Id!, out var original))
            {
                diagnostics.Add(new Diagnostic(file.Path, file.IdPosition.Line, file.IdPosition.Column, DiagnosticSeverity.Error,
                    DiagnosticCodes.TranslationOriginalMissing,
                    $"This translates '{file.Id}', but there is no practice with that id. Add the original as '{file.Id}.md' in the same folder, or correct 'translation_of'.", "translation_of"));
                continue;
            }
            if (original.Practice is { } practice && file.Translation is { } translation && translation.Language == practice.Language)
            {
                diagnostics.Add(new Diagnostic(file.Path, file.IdPosition.Line, file.IdPosition.Column, DiagnosticSeverity.Error,
                    DiagnosticCodes.TranslationLanguageMismatch,
                    $"The original '{file.Id}' is already written in '{practice.Language}'; a translation must be in another language.", "language"));
                continue;
            }
            if (file.Translation is not null)
            {
                if (!translationsById.TryGetValue(file.Id!, out var list)) translationsById[file.Id!] = list = [];
                if (list.Any(t => t.Language == file.Translation.Language))
                {
                    diagnostics.Add(new Diagnostic(file.Path, file.IdPosition.Line, file.IdPosition.Column, DiagnosticSeverity.Error,
                        DiagnosticCodes.DuplicateId, $"'{file.Id}' already has a translation into '{file.Translation.Language}'.", "language"));
                    continue;
                }
                list.Add(file.Translation);
            }
        }

        var brokenPaths = diagnostics.Where(d => d.IsError).Select(d => d.Path).ToHashSet(StringComparer.Ordinal);
        var practices = originals
            .Where(f => f.Practice is not null && !duplicates.Contains(f.Id!) && !brokenPaths.Contains(f.Path))
            .Select(f => f.Practice! with
            {
                Translations = translationsById.TryGetValue(f.Id!, out var t) ? t.OrderBy(x => x.Language, StringComparer.Ordinal).ToList() : [],
            })
            .ToList();

        var ordered = diagnostics
            .OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)
            .ToList();
        return new CorpusLoadResult(new PracticeCorpus(_taxonomy, practices), files, ordered);
    }

    // README-like files inside the corpus are documentation, not practices.
    private static bool IsIgnored(string relativePath)
    {
        var name = Path.GetFileName(relativePath);
        return name.StartsWith('_') || name.Equals("README.md", StringComparison.OrdinalIgnoreCase)
            || relativePath.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'));
    }
}
