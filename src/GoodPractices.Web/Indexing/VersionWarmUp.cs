using System.Diagnostics;
using GoodPractices.Core.Taxonomy;
using GoodPractices.Search.Contracts;

namespace GoodPractices.Web.Indexing;

/// <summary>
/// Searches a freshly opened index version before it is served, so that its first readers do not wait for what the
/// first searches pay once: the runtime compiling the search code (after a start, searches run several times slower
/// for about ten seconds) and the version's files being read into memory.
/// <para>
/// The searches come from the version's own vocabulary, so they match whatever the corpus holds, and take each path a
/// reader's search takes: one word and several, a typing mistake, a place, a word being typed, a filter, a sort, a
/// second page, another display language, completions, a practice and its related ones. Rounds of them run until a
/// round is no longer getting faster, or the time allowed is spent.
/// </para>
/// </summary>
public static class VersionWarmUp
{
    // A round counts as faster when it takes under this share of the best round so far.
    private const double Faster = 0.9;

    // Rounds in a row that were not faster before the warm-up ends.
    private const int Settled = 3;

    /// <summary>What a warm-up did.</summary>
    public sealed record Report(int Rounds, int Searches, int Hits, TimeSpan Elapsed);

    /// <summary>Runs the warm-up on <paramref name="searcher"/> for at most <paramref name="limit"/> (one round at least).</summary>
    public static Report Run(IPracticeSearcher searcher, TimeSpan limit, CancellationToken cancellationToken = default)
    {
        var searches = Searches(searcher.Taxonomy);
        var clock = Stopwatch.StartNew();
        var best = TimeSpan.MaxValue;
        int rounds = 0, count = 0, hits = 0, notFaster = 0;
        do
        {
            var started = clock.Elapsed;
            foreach (var request in searches)
            {
                // A round over a large version takes seconds: a site being stopped does not wait for it to end.
                cancellationToken.ThrowIfCancellationRequested();
                var results = searcher.Search(request);
                count++;
                hits += results.Hits.Count;
                if (request.Page == 1 && results.Hits.FirstOrDefault() is { } first)
                {
                    searcher.Find(first.Id);
                    searcher.Related(first.Id, displayLanguage: request.DisplayLanguage);
                }
                if (request.Query is { Length: >= 3 } typed)
                {
                    searcher.Suggest(typed[..3], language: request.DisplayLanguage);
                }
            }
            rounds++;
            var took = clock.Elapsed - started;
            notFaster = took < best * Faster ? 0 : notFaster + 1;
            if (took < best) best = took;
        }
        while (notFaster < Settled && clock.Elapsed < limit);
        return new Report(rounds, count, hits, clock.Elapsed);
    }

    /// <summary>The searches of one round, drawn from <paramref name="taxonomy"/>.</summary>
    public static IReadOnlyList<SearchRequest> Searches(PracticeTaxonomy taxonomy)
    {
        var labels = taxonomy.Vocabularies
            .Where(v => v.Key is PracticeTaxonomy.InterventionTypes or PracticeTaxonomy.TargetGroups or PracticeTaxonomy.Settings)
            .SelectMany(v => v.Terms.Take(4).Select(t => (Vocabulary: v.Key, t.Slug, Label: t.Label["en"].ToLowerInvariant())))
            .ToList();
        if (labels.Count == 0) return [new SearchRequest()];
        var words = labels.SelectMany(l => l.Label.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length >= 5).Distinct().ToList();
        var country = taxonomy.Countries.Values.FirstOrDefault();
        var searches = new List<SearchRequest> { new() };
        searches.AddRange(labels.Select(l => new SearchRequest { Query = l.Label }));
        searches.AddRange(words.Take(6).Select(w => new SearchRequest { Query = w + " " }));
        if (words.Count > 0)
        {
            var word = words[0];
            // A letter dropped: read as a typing mistake.
            searches.Add(new SearchRequest { Query = word.Remove(word.Length / 2, 1) + " " });
            // Typed so far, no space yet: the last word is completed.
            searches.Add(new SearchRequest { Query = word[..4] });
            if (country is not null) searches.Add(new SearchRequest { Query = word + " " + country.Name["en"] });
        }
        var (vocabulary, slug, label) = labels[0];
        var dimension = FacetDimension.All.FirstOrDefault(d => d.Vocabulary == vocabulary);
        if (dimension is not null)
        {
            var filters = new Dictionary<string, IReadOnlyList<string>> { [dimension.Name] = [slug] };
            searches.Add(new SearchRequest { Filters = filters });
            searches.Add(new SearchRequest { Query = label, Filters = filters, Sort = SearchSort.Newest });
        }
        searches.Add(new SearchRequest { Query = label, Page = 2 });
        searches.Add(new SearchRequest { Query = label, DisplayLanguage = taxonomy.InterfaceLanguages.FirstOrDefault(l => l != "en") ?? "en" });
        return searches;
    }
}
