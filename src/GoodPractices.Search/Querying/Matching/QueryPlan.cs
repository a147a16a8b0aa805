using GoodPractices.Search.Querying.Reading;
using GoodPractices.Search.Querying.Snippets;
using Lucene.Net.Search;

namespace GoodPractices.Search.Querying.Matching;

/// <summary>
/// How one query is matched and scored (see <see cref="TextQueryBuilder"/>): a query asking for every word, a query
/// asking for most of them, the words that may be missing, the places named, and what to highlight.
/// </summary>
/// <param name="Strict">Every word required; null searches nothing (every practice).</param>
/// <param name="MostWords">Any of the plain words, ranked by how many a practice has; null when there is nothing to relax.</param>
/// <param name="Words">The plain words a practice may lack under <paramref name="MostWords"/>, each with its query.</param>
/// <param name="Places">The places named, which lift practices from there, each as the reader named it.</param>
internal sealed record QueryPlan(Query? Strict, Query? MostWords, IReadOnlyList<QueryPlanWord> Words, IReadOnlyList<NamedPlace> Places, HighlightTerms Terms)
{
    /// <summary>
    /// What a practice with every word gains where the words also stand together (within a couple of words), in titles,
    /// summaries and bodies; null for fewer than two words. It is added to the <see cref="Strict"/> score of the best
    /// matches only (see <c>SearchRun</c>): checking word positions costs more than the rest of the match, and a bonus
    /// for words together decides the order among good matches, not which practices are good matches.
    /// </summary>
    public Query? Together { get; init; }

    /// <summary>
    /// The practices of no country (an international network, a UN handbook) whose own text names a place named: they
    /// count as from there, in ranking and in <c>SearchRun.WithEveryWord</c>. Null when no place is named.
    /// </summary>
    public Query? FromNoCountry { get; init; }

    public static QueryPlan Everything(HighlightTerms terms) => new(null, null, [], [], terms);
}

/// <summary>A plain word of a query, as typed, and the query that finds it.</summary>
internal sealed record QueryPlanWord(string Text, Query Query);

/// <summary>A place named in a query, with the words that named it ("European Union"; "EU European Union" when named twice).</summary>
internal sealed record NamedPlace(Place Place, string Name);
