namespace GoodPractices.Core.Content;

/// <summary>
/// The practice files under a corpus folder. Symbolic links are followed only while they stay inside the folder: a
/// link to a file or folder elsewhere is listed as such, so that it is reported rather than read, and a link to a
/// folder inside is not walked twice (nor round in a loop).
/// </summary>
public static class CorpusFiles
{
    /// <param name="FullPath">Where the file is.</param>
    /// <param name="RelativePath">The path from the corpus folder, with the platform's separators.</param>
    /// <param name="LeadsOutside">True for a link whose target is outside the corpus folder: not to be read.</param>
    public sealed record Entry(string FullPath, string RelativePath, bool LeadsOutside);

    public static List<Entry> Find(string root)
    {
        var top = new DirectoryInfo(Path.GetFullPath(root));
        var realTop = RealPath(top);
        var found = new List<Entry>();
        var folders = new Stack<DirectoryInfo>();
        folders.Push(top);
        while (folders.Count > 0)
        {
            foreach (var entry in folders.Pop().EnumerateFileSystemInfos())
            {
                var relative = Path.GetRelativePath(top.FullName, entry.FullName);
                if (entry.LinkTarget is not null)
                {
                    var target = ResolveOrNull(entry);
                    if (target is null) continue;
                    var inside = IsInside(realTop, RealPath(target));
                    if (!inside && (entry is DirectoryInfo || IsPracticeFile(entry.Name)))
                    {
                        found.Add(new Entry(entry.FullName, relative, LeadsOutside: true));
                    }
                    else if (inside && entry is FileInfo && target.Exists && IsPracticeFile(entry.Name))
                    {
                        found.Add(new Entry(entry.FullName, relative, LeadsOutside: false));
                    }
                    continue;
                }
                if (entry is DirectoryInfo folder) folders.Push(folder);
                else if (IsPracticeFile(entry.Name)) found.Add(new Entry(entry.FullName, relative, LeadsOutside: false));
            }
        }
        return found;
    }

    private static bool IsPracticeFile(string name) => name.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    private static FileSystemInfo? ResolveOrNull(FileSystemInfo link)
    {
        try
        {
            return link.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException)
        {
            // A loop of links, or one that leads nowhere: nothing to read.
            return null;
        }
    }

    // The path with every link along it resolved, so that two spellings of one place compare equal.
    private static string RealPath(FileSystemInfo info)
    {
        var path = info.FullName;
        var parts = new List<string>();
        var current = new DirectoryInfo(path);
        while (current is not null)
        {
            if (current.LinkTarget is not null && ResolveOrNull(current) is { } resolved)
            {
                current = new DirectoryInfo(resolved.FullName);
                continue;
            }
            parts.Add(current.Name);
            current = current.Parent;
        }
        parts.Reverse();
        return Path.TrimEndingDirectorySeparator(Path.Combine([.. parts]));
    }

    private static bool IsInside(string folder, string path) =>
        path.Equals(folder, StringComparison.Ordinal)
        || path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
