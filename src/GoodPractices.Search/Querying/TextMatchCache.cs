namespace GoodPractices.Search.Querying;

/// <summary>
/// The text matches of the last few distinct queries over one index version. A reader who searches and then
/// narrows the results by country or type, widens the years, pages on or sorts them differently asks for the same
/// words again with other filters; on a large index matching the words is most of a search, and filters, facets and
/// pages are cheap operations on the matched set. A new index version starts with an empty cache.
/// </summary>
internal sealed class TextMatchCache : IDisposable
{
    /// <summary>How much memory the scores of the cached queries may take in all.</summary>
    public const long BudgetBytes = 32L << 20;

    private readonly object _gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, TextMatches Matches)>> _byKey = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, TextMatches Matches)> _recent = new();
    private bool _disposed;

    /// <param name="maxDoc">The size of the index: each cached query holds a score for every document.</param>
    public TextMatchCache(int maxDoc) => Capacity = (int)Math.Clamp(BudgetBytes / (4L * Math.Max(1, maxDoc)), 4, 64);

    /// <summary>How many queries are kept: as many as the budget allows, from 4 to 64.</summary>
    public int Capacity { get; }

    /// <summary>
    /// The matches of the query written <paramref name="key"/>, from the cache or from <paramref name="collect"/>. Scored
    /// matches serve a request that needs none; unscored ones are collected again when scores are wanted. The caller
    /// disposes what it gets.
    /// </summary>
    public TextMatches GetOrCollect(string key, bool score, Func<TextMatches> collect)
    {
        lock (_gate)
        {
            if (_byKey.TryGetValue(key, out var node) && (!score || node.Value.Matches.Scores is not null) && node.Value.Matches.TryRetain())
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
                return node.Value.Matches;
            }
        }

        var matches = collect();
        var evicted = new List<TextMatches>();
        lock (_gate)
        {
            if (_disposed || !matches.TryRetain()) return matches;
            if (_byKey.Remove(key, out var old))
            {
                _recent.Remove(old);
                evicted.Add(old.Value.Matches);
            }
            _byKey[key] = _recent.AddFirst((key, matches));
            while (_recent.Count > Capacity)
            {
                var last = _recent.Last!;
                _recent.RemoveLast();
                _byKey.Remove(last.Value.Key);
                evicted.Add(last.Value.Matches);
            }
        }
        // A search still using an evicted set holds its own reference; the scores go back to the pool after it.
        foreach (var gone in evicted) gone.Dispose();
        return matches;
    }

    public void Dispose()
    {
        List<TextMatches> all;
        lock (_gate)
        {
            _disposed = true;
            all = _recent.Select(e => e.Matches).ToList();
            _recent.Clear();
            _byKey.Clear();
        }
        foreach (var matches in all) matches.Dispose();
    }
}
