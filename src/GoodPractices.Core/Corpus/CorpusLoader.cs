using GoodPractices.Core.Content;
using GoodPractices.Core.Countries;
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

    /// <summary>Files larger than this are refused unread (see <see cref="PracticeFileReader.DefaultMaxFileBytes"/>).</summary>
    public long MaxFileBytes { get; init; } = PracticeFileReader.DefaultMaxFileBytes;

    /// <summary>Loads <paramref name="directory"/> with its own <c>taxonomy.yml</c>, checking dates against today (UTC).</summary>
    public static CorpusLoadResult LoadDirectory(string directory, long maxFileBytes = PracticeFileReader.DefaultMaxFileBytes) =>
        new CorpusLoader(TaxonomyLoader.LoadFromCorpus(directory), DateOnly.FromDateTime(DateTime.UtcNow)) { MaxFileBytes = maxFileBytes }.Load(directory);

    /// <param name="keepBodies">
    /// When false, bodies are checked but not kept: the corpus reads each one back from its file when it is wanted
    /// (<see cref="PracticeCorpus.WithBody"/>), so that a build of a large corpus does not hold it all in memory.
    /// </param>
    public CorpusLoadResult Load(string directory, IProgress<int>? filesRead = null, bool keepBodies = true)
    {
        var root = Path.GetFullPath(directory);
        var entries = CorpusFiles.Find(root)
            .Where(e => !IsIgnored(e.RelativePath))
            .OrderBy(e => e.RelativePath, StringComparer.Ordinal)
            .ToList();
        // National context files sit beside the practices and are read by their own reader; a link out of the corpus is
        // refused whichever kind of file it pretends to be.
        var contextEntries = entries.Where(e => !e.LeadsOutside && CountryContextReader.IsContextPath(e.RelativePath)).ToList();
        entries = [.. entries.Except(contextEntries)];
        var contextReader = new CountryContextReader(_taxonomy, _today);
        var contexts = contextEntries
            .Select(e => contextReader.ReadFile(e.FullPath, e.RelativePath.Replace('\\', '/')))
            .ToList();
        var reader = new PracticeFileReader(_taxonomy, _today, keepBodies, MaxFileBytes);
        var files = new PracticeFile[entries.Count];
        var done = 0;
        Parallel.For(0, entries.Count, i =>
        {
            var relative = entries[i].RelativePath.Replace('\\', '/');
            files[i] = entries[i].LeadsOutside
                ? PracticeFileReader.LinkOutsideCorpus(relative)
                : reader.ReadFile(entries[i].FullPath, relative);
            var count = Interlocked.Increment(ref done);
            if (count % 1000 == 0) filesRead?.Report(count);
        });
        var result = Combine(files, keepBodies ? null : root, contexts);
        return result.WithPublicationDates(PublicationDates.Read(root));
    }

    /// <summary>Runs the corpus-wide checks over files already read and assembles the valid practices.</summary>
    /// <param name="bodiesRoot">The folder to read bodies back from, when the files were read without them.</param>
    /// <param name="contexts">The country context files read beside the practices (<see cref="CountryContextReader"/>).</param>
    public CorpusLoadResult Combine(IReadOnlyList<PracticeFile> files, string? bodiesRoot = null, IReadOnlyList<CountryContextFile>? contexts = null)
    {
        var diagnostics = files.SelectMany(f => f.Diagnostics).ToList();
        contexts ??= [];
        diagnostics.AddRange(contexts.SelectMany(c => c.Diagnostics));
        var countryContexts = CountryContexts.Assemble(contexts, diagnostics);
        var originals = files.Where(f => !f.IsTranslation && f.Id is not null).ToList();

        var firstById = new Dictionary<string, PracticeFile>(StringComparer.Ordinal);
        var duplicates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in originals)
        {
            if (firstById.TryAdd(file.Id!, file)) continue;
            duplicates.Add(file.Id!);
            var first = firstById[file.Id!];
            diagnostics.Add(Error(file, file.IdPosition, DiagnosticCodes.DuplicateId, "id",
                MessagePart.Of("duplicate-id", ("id", file.Id), ("other", first.Path), ("line", first.IdPosition.Line))));
        }

        foreach (var file in originals)
        {
            foreach (var (id, at) in file.RelatedIds.Where(r => r.Id != file.Id && !firstById.ContainsKey(r.Id)))
            {
                diagnostics.Add(Error(file, at, DiagnosticCodes.UnknownRelatedId, "related",
                    MessagePart.Of("unknown-related-id", ("id", id)), Hints.DidYouMean(Text.Closest.To(id, firstById.Keys, 1))));
            }
        }

        var translationsById = new Dictionary<string, List<PracticeTranslation>>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => f.IsTranslation && f.Id is not null))
        {
            if (!firstById.TryGetValue(file.Id!, out var original))
            {
                diagnostics.Add(Error(file, file.IdPosition, DiagnosticCodes.TranslationOriginalMissing, "translation_of",
                    MessagePart.Of("translation-original-missing", ("id", file.Id))));
                continue;
            }
            if (original.Practice is { } practice && file.Translation is { } translation && translation.Language == practice.Language)
            {
                diagnostics.Add(Error(file, file.IdPosition, DiagnosticCodes.TranslationLanguageMismatch, "language",
                    MessagePart.Of("translation-same-language", ("id", file.Id), ("language", practice.Language))));
                continue;
            }
            if (file.Translation is not null)
            {
                if (!translationsById.TryGetValue(file.Id!, out var list)) translationsById[file.Id!] = list = [];
                if (list.Any(t => t.Language == file.Translation.Language))
                {
                    diagnostics.Add(Error(file, file.IdPosition, DiagnosticCodes.DuplicateId, "language",
                        MessagePart.Of("duplicate-translation", ("id", file.Id), ("language", file.Translation.Language))));
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
        var bodies = bodiesRoot is null ? null : new PracticeBodies(bodiesRoot,
            files.Where(f => f.Fingerprint is not null).ToDictionary(f => f.Path, f => f.Fingerprint!.Value, StringComparer.Ordinal));
        return new CorpusLoadResult(new PracticeCorpus(_taxonomy, practices, bodies) { CountryContexts = countryContexts }, files, ordered);
    }

    private static Diagnostic Error(PracticeFile file, SourcePosition at, string code, string field, params MessagePart?[] parts) =>
        new(file.Path, at.Line, at.Column, DiagnosticSeverity.Error, code, parts.OfType<MessagePart>().ToList(), field);

    // README-like files inside the corpus are documentation, not practices.
    private static bool IsIgnored(string relativePath)
    {
        var name = Path.GetFileName(relativePath);
        return name.StartsWith('_') || name.Equals("README.md", StringComparison.OrdinalIgnoreCase)
            || relativePath.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'));
    }
}
