using System.Buffers;
using GoodPractices.Search.Contracts;
using GoodPractices.Search.Querying;
using GoodPractices.Search.Tests.Support;
using Lucene.Net.Util;

namespace GoodPractices.Search.Tests.Querying;

public class TextMatchCacheTests
{
    private static SearchRequest Request(string query, Dictionary<string, IReadOnlyList<string>>? filters = null,
        int? from = null, int? to = null, SearchSort sort = SearchSort.Relevance, int page = 1) => new()
    {
        Query = query,
        Filters = filters ?? [],
        FromYear = from,
        ToYear = to,
        Sort = sort,
        Page = page,
        PageSize = 10,
    };

    // What a reader does after a search: narrow it, page on, sort it, widen it again.
    private static readonly SearchRequest[] Refinements =
    [
        Request("prison"),
        Request("prison", from: 2005, to: 2015),
        Request("prison", new() { ["country"] = ["IT", "FR"] }),
        Request("prison", new() { ["country"] = ["IT"] }, from: 2000),
        Request("prison", page: 2),
        Request("prison", sort: SearchSort.Title),
        Request("prison", sort: SearchSort.Newest, from: 2010),
        Request("prison treatment"),
        Request("prison treatment", new() { ["country"] = ["IT"] }),
        Request("\"prison treatment\""),
        Request("prison -women", from: 2012),
        Request("prisn"),
    ];

    [Fact]
    public void ASearchGivesTheSameResultsWhateverWasSearchedBefore()
    {
        var practices = RandomCorpus.Generate(300, seed: 21);
        using var forwards = TestIndex.InSegments(practices, commitEvery: 70);
        using var backwards = TestIndex.InSegments(practices, commitEvery: 70);

        var first = Refinements.Select(forwards.Search).ToList();
        var second = Refinements.Reverse().Select(backwards.Search).Reverse().ToList();
        // And each once more, from a cache that has seen them all.
        var again = Refinements.Select(forwards.Search).ToList();

        for (var i = 0; i < Refinements.Length; i++)
        {
            Assert.True(first[i].TotalHits > 0, $"request {i} matches nothing, so it tests nothing");
            foreach (var other in new[] { second[i], again[i] })
            {
                Assert.Equal(first[i].TotalHits, other.TotalHits);
                Assert.Equal(Describe(first[i]), Describe(other));
            }
        }
    }

    private static string Describe(SearchResults results) =>
        string.Join(" ", results.Hits.Select(h => $"{h.Id}:{h.Score:R}")) + " | " +
        string.Join(" ", results.Facets.SelectMany(f => f.Values.Select(v => $"{f.Dimension}={v.Value}:{v.Count}")));

    [Fact]
    public void TheSameWordsAreMatchedOnceForScoresAndOnceWithout()
    {
        using var cache = new TextMatchCache(maxDoc: 100);
        var collected = 0;
        TextMatches Collect(bool score)
        {
            collected++;
            return Matches(score);
        }

        cache.GetOrCollect("prison", score: false, () => Collect(false)).Dispose();
        cache.GetOrCollect("prison", score: false, () => Collect(false)).Dispose();
        Assert.Equal(1, collected);

        // Unscored matches cannot rank by relevance; scored ones serve both.
        using (var scored = cache.GetOrCollect("prison", score: true, () => Collect(true))) Assert.NotNull(scored.Scores);
        using (var unscored = cache.GetOrCollect("prison", score: false, () => Collect(false))) Assert.NotNull(unscored.Scores);
        Assert.Equal(2, collected);

        cache.GetOrCollect("women", score: false, () => Collect(false)).Dispose();
        Assert.Equal(3, collected);
    }

    [Fact]
    public void TheLeastRecentlyUsedQueryMakesRoomAndIsCollectedAgain()
    {
        using var cache = new TextMatchCache(maxDoc: 100);
        var collected = new List<string>();
        void Search(string key) => cache.GetOrCollect(key, score: false, () =>
        {
            collected.Add(key);
            return Matches(score: false);
        }).Dispose();

        for (var i = 0; i < cache.Capacity; i++) Search($"q{i}");
        Search("q0");
        Search("new");
        Search("q0");
        Search("q1");

        Assert.Equal([.. Enumerable.Range(0, cache.Capacity).Select(i => $"q{i}"), "new", "q1"], collected);
    }

    [Fact]
    public void MatchesStillInUseKeepTheirScoresWhenTheyLeaveTheCache()
    {
        using var cache = new TextMatchCache(maxDoc: 100);
        var held = cache.GetOrCollect("held", score: true, () => Matches(score: true));
        for (var i = 0; i < cache.Capacity + 1; i++) cache.GetOrCollect($"q{i}", score: true, () => Matches(score: true)).Dispose();

        Assert.NotNull(held.Scores);
        Assert.Equal(0.5f, held.Scores![3]);
        held.Dispose();
        Assert.Null(held.Scores);
    }

    [Fact]
    public void TheBudgetBoundsHowManyLargeIndexesKeep()
    {
        Assert.Equal(64, new TextMatchCache(maxDoc: 1_000).Capacity);
        Assert.Equal(20, new TextMatchCache(maxDoc: 400_000).Capacity);
        Assert.Equal(4, new TextMatchCache(maxDoc: 10_000_000).Capacity);
    }

    private static TextMatches Matches(bool score)
    {
        var docs = new FixedBitSet(100);
        docs.Set(3);
        float[]? scores = null;
        if (score)
        {
            scores = ArrayPool<float>.Shared.Rent(100);
            scores[3] = 0.5f;
        }
        return TextMatches.Of(docs, scores);
    }
}
