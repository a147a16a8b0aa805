using BenchmarkDotNet.Attributes;
using GoodPractices.Search.Contracts;

namespace GoodPractices.Benchmarks;

/// <summary>
/// One search: the total, every facet dimension counted, drill-sideways passes for each dimension with a
/// selection, and the page of 20 hits read from the index, single thread. Hits carry their summary, not a
/// highlighted passage: highlighting has its own budget (<see cref="HighlightBenchmarks"/>), and
/// <see cref="PageBenchmarks"/> measures the two together as the search page does.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(FastJobConfig))]
public class SearchBenchmarks
{
    private static readonly Dictionary<string, IReadOnlyList<string>> TwoDimensions = new()
    {
        ["country"] = ["IT", "FR", "DE"],
        ["intervention"] = ["decriminalisation", "police-diversion"],
    };

    private IPracticeSearcher _searcher = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Practices { get; set; }

    [GlobalSetup]
    public void Setup() => _searcher = SyntheticIndex.Open(Practices);

    [GlobalCleanup]
    public void Cleanup() => _searcher.Dispose();

    private SearchResults Search(string? query, Dictionary<string, IReadOnlyList<string>>? filters = null, SearchSort sort = SearchSort.Relevance) =>
        _searcher.Search(new SearchRequest { Query = query, Filters = filters ?? [], Sort = sort, Snippets = false });

    [Benchmark(Description = "all entries")]
    public SearchResults AllEntries() => Search(null);

    [Benchmark(Description = "all entries, two dimensions selected")]
    public SearchResults AllEntriesTwoDimensions() => Search(null, TwoDimensions);

    [Benchmark(Description = "two commonest words")]
    public SearchResults TwoWords() => Search("prison treatment");

    [Benchmark(Description = "two commonest words, two dimensions selected")]
    public SearchResults TwoWordsTwoDimensions() => Search("prison treatment", TwoDimensions);

    [Benchmark(Description = "two commonest words, by title")]
    public SearchResults TwoWordsByTitle() => Search("prison treatment", sort: SearchSort.Title);

    [Benchmark(Description = "one word")]
    public SearchResults OneWord() => Search("naloxone");

    [Benchmark(Description = "exact phrase of the two commonest words")]
    public SearchResults Phrase() => Search("\"prison treatment\"");

    // "jail" is in no generated practice: the search runs once as typed, finds nothing, and runs again with the words
    // that mean the same (prison and custody, both common), which is the dearest way synonyms can be reached.
    [Benchmark(Description = "a word in no practice, widened to its synonyms")]
    public SearchResults WidenedToSynonyms() => Search("jail");
}

/// <summary>
/// A search narrowed after it was first run, as a reader does by ticking facet values: the same words with another
/// selection, each matched afresh, as the site does. The first run of the words is
/// <see cref="SearchBenchmarks"/>'s; this is every click after it.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(FastJobConfig))]
public class RefineBenchmarks
{
    private static readonly Dictionary<string, IReadOnlyList<string>>[] Selections =
    [
        new() { ["country"] = ["IT"] },
        new() { ["country"] = ["IT", "FR", "DE"] },
        new() { ["country"] = ["IT", "FR", "DE"], ["intervention"] = ["decriminalisation", "police-diversion"] },
    ];

    private IPracticeSearcher _searcher = null!;
    private int _next;

    [Params(10_000, 100_000)]
    public int Practices { get; set; }

    [Params("prison treatment", "\"prison treatment\"")]
    public string Query { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _searcher = SyntheticIndex.Open(Practices);

    [GlobalCleanup]
    public void Cleanup() => _searcher.Dispose();

    [Benchmark(Description = "same words, another selection, 20 hits")]
    public SearchResults Refine() => _searcher.Search(new SearchRequest
    {
        Query = Query,
        Filters = Selections[_next++ % Selections.Length],
        Snippets = false,
    });
}

/// <summary>A search as the search page runs it: 20 hits, each with its highlighted passage.</summary>
[MemoryDiagnoser]
[Config(typeof(FastJobConfig))]
public class PageBenchmarks
{
    private IPracticeSearcher _searcher = null!;

    [Params(10_000, 100_000)]
    public int Practices { get; set; }

    [GlobalSetup]
    public void Setup() => _searcher = SyntheticIndex.Open(Practices);

    [GlobalCleanup]
    public void Cleanup() => _searcher.Dispose();

    [Benchmark(Description = "two commonest words, 20 hits with passages")]
    public SearchResults TwoWordsPage() => _searcher.Search(new SearchRequest { Query = "prison treatment" });

    [Benchmark(Description = "all entries, 20 hits")]
    public SearchResults AllEntriesPage() => _searcher.Search(new SearchRequest());
}

/// <summary>Autocomplete for a search box: up to 8 completions for what was typed.</summary>
[MemoryDiagnoser]
[Config(typeof(FastJobConfig))]
public class SuggestBenchmarks
{
    private IPracticeSearcher _searcher = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Practices { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _searcher = SyntheticIndex.Open(Practices);
        // The completion list is built on the first call, once per index version; that is not what is measured.
        _searcher.Suggest("a");
    }

    [GlobalCleanup]
    public void Cleanup() => _searcher.Dispose();

    [Benchmark(Description = "two letters")]
    public IReadOnlyList<string> TwoLetters() => _searcher.Suggest("pr");

    [Benchmark(Description = "a word and a half")]
    public IReadOnlyList<string> WordAndAHalf() => _searcher.Suggest("prison tre");
}

/// <summary>
/// A mix of searches such as readers type, from the all-entries page to phrases, typed filters and words in other
/// languages, each measured on its own: the spread of their medians is the spread a reader meets.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(FastJobConfig))]
public class SearchMixBenchmarks
{
    private IPracticeSearcher _searcher = null!;

    [Params(10_000, 100_000)]
    public int Practices { get; set; }

    [ParamsSource(nameof(Queries))]
    public string Query { get; set; } = "";

    public static IEnumerable<string> Queries() =>
    [
        "(all entries)",
        "prison",
        "women",
        "naloxone",
        "supervision",
        "drug court",
        "methadone prison",
        "prison treatment",
        "\"drug court\"",
        "hepatitis OR overdose",
        "country:IT women",
        "carcere",
        "détenu",
        "detenu",
    ];

    [GlobalSetup]
    public void Setup() => _searcher = SyntheticIndex.Open(Practices);

    [GlobalCleanup]
    public void Cleanup() => _searcher.Dispose();

    [Benchmark(Description = "search, every facet, 20 hits")]
    public SearchResults Search() => _searcher.Search(new SearchRequest
    {
        Query = Query == "(all entries)" ? null : Query,
        Snippets = false,
    });
}
