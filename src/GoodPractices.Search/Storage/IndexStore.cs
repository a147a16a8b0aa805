using System.Globalization;
using GoodPractices.Core.Corpus;
using GoodPractices.Core.Taxonomy;
using GoodPractices.Search.Contracts;
using GoodPractices.Search.Indexing;
using GoodPractices.Search.Querying;
using Lucene.Net.Store;
using Directory = System.IO.Directory;

namespace GoodPractices.Search.Storage;

/// <summary>
/// The on-disk index: immutable versions under <c>versions/&lt;version&gt;/</c>, each holding the Lucene index
/// (<c>lucene/</c>) and the taxonomy it was built with (<c>taxonomy.yml</c>), and <c>manifest.json</c> naming the
/// version to serve. A version is written aside and renamed into place, then the manifest is switched with one
/// rename, so a server never opens a half-written index.
/// </summary>
public static class IndexStore
{
    private const string VersionsFolder = "versions";
    private const string LuceneFolder = "lucene";

    /// <summary>
    /// Writes <paramref name="corpus"/> as a new version, makes it current, and removes versions older than the
    /// one it replaces (the replaced one stays for servers still reading it). Returns the new version id.
    /// Builds into one folder take turns; each first removes what a killed one left (a half-written dot folder, a
    /// version no manifest names), and a failed build removes what it wrote itself. A manifest that cannot be trusted
    /// counts as naming no version, and is replaced.
    /// </summary>
    /// <exception cref="IndexFolderException">The folder cannot be written, or another build holds it too long.</exception>
    /// <param name="taxonomyYamlPath">
    /// The taxonomy file the corpus was read with, copied as is (comments included). When null, the corpus's
    /// taxonomy is written out from memory instead; either way the version carries the taxonomy it was built with.
    /// </param>
    /// <param name="mergeUpTo">The most practices a version is merged into one segment for (<see cref="PracticeIndexWriter.MergeUpTo"/>).</param>
    public static string WriteVersion(string indexRoot, PracticeCorpus corpus, IProgress<string>? progress = null, string? taxonomyYamlPath = null,
        int mergeUpTo = PracticeIndexWriter.MergeUpTo)
    {
        var versions = Path.Combine(indexRoot, VersionsFolder);
        FileStream writing;
        try
        {
            Directory.CreateDirectory(versions);
            writing = TakeWriteLock(versions);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw IndexFolderException.CannotWrite(indexRoot);
        }
        using (writing)
        {
            // Builds take turns, so whatever a dot folder or an unnamed version holds now was left by a build that was killed.
            var previous = ReadManifest(indexRoot).Version is { } named && Directory.Exists(Path.Combine(versions, named)) ? named : null;
            RemoveOldVersions(versions, keep: [previous]);
            var version = NewVersionId(versions);
            var temporary = Path.Combine(versions, $".tmp-{version}");
            var final = Path.Combine(versions, version);
            progress?.Report($"Writing index version {version}");
            try
            {
                using (var directory = FSDirectory.Open(Path.Combine(temporary, LuceneFolder)))
                {
                    PracticeIndexWriter.Write(directory, corpus, progress, mergeToOneSegment: corpus.Practices.Count <= mergeUpTo);
                }
                var taxonomyPath = Path.Combine(temporary, TaxonomyLoader.FileName);
                if (taxonomyYamlPath is not null)
                {
                    File.Copy(taxonomyYamlPath, taxonomyPath);
                }
                else
                {
                    using var writer = new StreamWriter(taxonomyPath);
                    TaxonomyYamlWriter.Write(corpus.Taxonomy, writer);
                }
                CountryContextStore.Write(Path.Combine(temporary, CountryContextStore.FileName), corpus.CountryContexts);
                Directory.Move(temporary, final);
                new IndexManifest(version, DateTimeOffset.UtcNow, corpus.Practices.Count).Write(indexRoot);
            }
            catch (Exception e)
            {
                // The manifest still names the version being served; only the half-written one goes.
                TryDelete(temporary);
                TryDelete(final);
                if (e is (UnauthorizedAccessException or IOException) and not CorpusChangedException) throw IndexFolderException.CannotWrite(indexRoot);
                throw;
            }
            progress?.Report($"Index version {version} is current ({corpus.Practices.Count} practices)");
            RemoveOldVersions(versions, keep: [version, previous]);
            return version;
        }
    }

    /// <summary>The version the manifest names, or null when none was ever written or the manifest cannot be trusted.</summary>
    public static string? CurrentVersion(string indexRoot) => ReadManifest(indexRoot).Version;

    /// <summary>The version the manifest names, or the one line that says why it cannot be used and what to do.</summary>
    public static ManifestState ReadManifest(string indexRoot) => IndexManifest.Read(indexRoot);

    /// <summary>Opens the current version. A missing index is a deployment fault, so it throws.</summary>
    public static IPracticeSearcher Open(string indexRoot) =>
        OpenVersion(indexRoot, ReadManifest(indexRoot) switch
        {
            { Version: { } version } => version,
            { Problem: { } problem } => throw new FileNotFoundException(problem),
            _ => throw new FileNotFoundException($"No index has been written to {indexRoot}: {IndexManifest.FileName} is missing."),
        });

    /// <summary>Opens one version by id; the web host opens the new one before it lets go of the old.</summary>
    public static IPracticeSearcher OpenVersion(string indexRoot, string version)
    {
        var folder = Path.Combine(indexRoot, VersionsFolder, version);
        if (version.Contains('/', StringComparison.Ordinal) || version.Contains('\\', StringComparison.Ordinal) || version.StartsWith('.') || !Directory.Exists(folder)) throw new DirectoryNotFoundException($"Index version {version} is not in {indexRoot}.");
        var taxonomy = TaxonomyLoader.Load(Path.Combine(folder, TaxonomyLoader.FileName));
        return new PracticeSearcher(FSDirectory.Open(Path.Combine(folder, LuceneFolder)), taxonomy, version, warmSuggestions: true)
        {
            CountryContexts = CountryContextStore.Read(Path.Combine(folder, CountryContextStore.FileName)),
        };
    }

    /// <summary>An index held in memory only, for tests and previews.</summary>
    public static IPracticeSearcher BuildInMemory(PracticeCorpus corpus) => BuildInMemory(corpus, commitEvery: null);

    /// <param name="commitEvery">Commits after this many documents and never merges, so that the index has several segments.</param>
    internal static IPracticeSearcher BuildInMemory(PracticeCorpus corpus, int? commitEvery)
    {
        var directory = new RAMDirectory();
        PracticeIndexWriter.Write(directory, corpus, commitEvery: commitEvery, mergeToOneSegment: commitEvery is null);
        return new PracticeSearcher(directory, corpus.Taxonomy, "memory") { CountryContexts = corpus.CountryContexts };
    }

    // Sortable by time; the random suffix keeps two builds in the same second apart.
    private static string NewVersionId(string versions)
    {
        while (true)
        {
            var id = DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "-"
                + Random.Shared.Next(0x10000).ToString("x4", CultureInfo.InvariantCulture);
            if (!Directory.Exists(Path.Combine(versions, id)) && !Directory.Exists(Path.Combine(versions, $".tmp-{id}"))) return id;
        }
    }

    private static void RemoveOldVersions(string versions, IReadOnlyCollection<string?> keep)
    {
        foreach (var folder in Directory.EnumerateDirectories(versions))
        {
            if (!keep.Contains(Path.GetFileName(folder))) TryDelete(folder);
        }
    }

    private const string LockFileName = ".build.lock";

    // One build at a time per index folder: the lock is the file held open without sharing, which the operating
    // system releases when the build ends, however it ends. A second build waits for the first.
    private static FileStream TakeWriteLock(string versions)
    {
        var path = Path.Combine(versions, LockFileName);
        var deadline = DateTime.UtcNow + LockPatience;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline && File.Exists(path))
            {
                Thread.Sleep(200);
            }
            catch (IOException) when (File.Exists(path))
            {
                throw new IndexFolderException($"Another build has been writing to {Path.GetDirectoryName(versions)} for over " +
                    $"{LockPatience.TotalMinutes:0} minutes; let it finish, or stop it, then build again.");
            }
        }
    }

    private static readonly TimeSpan LockPatience = TimeSpan.FromMinutes(10);

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A server on a system that locks open files may still read it; the next build tries again.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
