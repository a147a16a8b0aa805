using GoodPractices.Search.Contracts;

namespace GoodPractices.Web.Indexing;

/// <summary>
/// An open index version and the count of those reading it, as Lucene's own searcher managers count references to
/// a reader: the host holds one reference while the version is the one served, each request one more from its first
/// look at the index to its end. The version is closed when the count falls to zero, and never before.
/// </summary>
public sealed class SharedVersion
{
    private readonly Action<SharedVersion> _closed;
    private int _references = 1;

    internal SharedVersion(IPracticeSearcher searcher, Action<SharedVersion> closed)
    {
        Searcher = searcher;
        _closed = closed;
    }

    public IPracticeSearcher Searcher { get; }

    /// <summary>Readers now, the host included while it serves this version; 0 once closed.</summary>
    public int References => Volatile.Read(ref _references);

    /// <summary>A reference for one reader, or null when the version has been closed meanwhile (a newer one is served).</summary>
    public VersionLease? TryAcquire()
    {
        var seen = Volatile.Read(ref _references);
        while (seen > 0)
        {
            var before = Interlocked.CompareExchange(ref _references, seen + 1, seen);
            if (before == seen) return new VersionLease(this);
            seen = before;
        }
        return null;
    }

    internal void Release()
    {
        var left = Interlocked.Decrement(ref _references);
        if (left == 0)
        {
            Searcher.Dispose();
            _closed(this);
        }
        else if (left < 0)
        {
            throw new InvalidOperationException("An index version was released more often than it was acquired.");
        }
    }
}

/// <summary>One reader's reference to an index version; disposing it lets the version close once nobody else reads it.</summary>
public sealed class VersionLease : IDisposable
{
    private SharedVersion? _version;

    internal VersionLease(SharedVersion version) => _version = version;

    public IPracticeSearcher Searcher => (_version ?? throw new ObjectDisposedException(nameof(VersionLease))).Searcher;

    public void Dispose() => Interlocked.Exchange(ref _version, null)?.Release();
}
