using GoodPractices.Core.Content;

namespace GoodPractices.Core.Corpus;

/// <summary>
/// The bodies of a corpus loaded without them, read back from their files one practice at a time: a build then holds
/// only the bodies it is indexing, not the whole corpus. A file changed since it was checked stops the read, so that
/// no unchecked text is indexed.
/// </summary>
public sealed class PracticeBodies
{
    private readonly string _root;
    private readonly IReadOnlyDictionary<string, int> _fingerprints;

    internal PracticeBodies(string root, IReadOnlyDictionary<string, int> fingerprints)
    {
        _root = root;
        _fingerprints = fingerprints;
    }

    /// <summary>The practice with its body and its translations' bodies as they were checked.</summary>
    /// <exception cref="CorpusChangedException">A file was changed, moved or removed after it was checked.</exception>
    public Practice Load(Practice practice) => practice with
    {
        Body = Read(practice.SourcePath),
        Translations = practice.Translations.Count == 0 ? practice.Translations
            : practice.Translations.Select(t => t with { Body = Read(t.SourcePath) }).ToList(),
    };

    private string Read(string relativePath) =>
        _fingerprints.TryGetValue(relativePath, out var fingerprint)
        && PracticeFileReader.ReadBody(Path.Combine(_root, relativePath), fingerprint) is { } body
            ? body
            : throw new CorpusChangedException(relativePath);
}

/// <summary>A practice file changed while the corpus was being built; building again reads it anew.</summary>
public sealed class CorpusChangedException(string relativePath)
    : IOException($"{relativePath} changed while the index was being built.")
{
    /// <summary>The file, relative to the corpus folder, with forward slashes.</summary>
    public string RelativePath { get; } = relativePath;
}
