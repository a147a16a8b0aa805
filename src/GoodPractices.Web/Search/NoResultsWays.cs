using System.Text.RegularExpressions;
using GoodPractices.Search.Contracts;

namespace GoodPractices.Web.Search;

/// <summary>
/// Ways out of a search that found nothing: each filter taken away with what remains, and the words that match
/// no practice at all, so the reader sees which part of the question is the dead end.
/// </summary>
public static partial class NoResultsWays
{
    /// <summary>At most this many filters are tried one by one: each costs a search.</summary>
    public const int MaxFiltersTried = 12;

    /// <summary>At most this many places named are looked up: each costs one or two searches.</summary>
    public const int MaxPlacesTried = 5;

    /// <param name="Dimension">The filter's dimension, or null for the start-year range.</param>
    public sealed record FilterWay(string? Dimension, string? Value, SearchQuery Without, int Hits);

    public sealed record WordsWay(IReadOnlyList<string> Words, SearchQuery? Without, int Hits);

    /// <summary>A place the query named that no practice is from yet.</summary>
    /// <param name="Country">The country a practice may be proposed for, when the place is one country.</param>
    /// <param name="Region">The region of the place's countries, when practices are from there.</param>
    public sealed record PlaceWay(PlaceFilter Place, string? Country, PlaceFilter? Region, int RegionHits);

    /// <summary>
    /// The places named in the query that no practice is from ("Canada"), each with its region's practices when there
    /// are any and a way to propose one: the place, not a word, is then the dead end.
    /// </summary>
    public static IReadOnlyList<PlaceWay> PlacesWithoutPractices(IPracticeSearcher searcher, SearchResults results, string language)
    {
        var ways = new List<PlaceWay>();
        foreach (var place in results.Places.Take(MaxPlacesTried))
        {
            if (Hits(searcher, PlaceFilters.Only(SearchQuery.Empty, place), language) > 0) continue;
            var regions = place.Dimension == FacetDimension.Country.Name
                ? place.Values.Select(code => searcher.Taxonomy.Countries.TryGetValue(code, out var country) ? country.Region : null)
                    .OfType<string>().Distinct(StringComparer.Ordinal).ToList()
                : [];
            var region = regions.Count > 0 ? new PlaceFilter(FacetDimension.Region.Name, regions) : null;
            var regionHits = region is null ? 0 : Hits(searcher, PlaceFilters.Only(SearchQuery.Empty, region), language);
            var country = place.Dimension == FacetDimension.Country.Name && place.Values.Count == 1 ? place.Values[0] : null;
            ways.Add(new PlaceWay(place, country, regionHits > 0 ? region : null, regionHits));
        }
        return ways;
    }

    public static IReadOnlyList<FilterWay> WithoutEachFilter(IPracticeSearcher searcher, SearchQuery query, string language)
    {
        var ways = new List<FilterWay>();
        foreach (var (dimension, values) in query.Filters)
        {
            foreach (var value in values)
            {
                if (ways.Count == MaxFiltersTried) return ways;
                var without = query.Toggle(dimension, value);
                ways.Add(new FilterWay(dimension, value, without, Hits(searcher, without, language)));
            }
        }
        if (query.FromYear is not null || query.ToYear is not null)
        {
            var without = query.WithoutYears();
            ways.Add(new FilterWay(null, null, without, Hits(searcher, without, language)));
        }
        return ways;
    }

    /// <summary>The words of the query that no practice contains, with the search that leaves them out.</summary>
    public static WordsWay? UnmatchedWords(IPracticeSearcher searcher, SearchQuery query, string language)
    {
        var words = WordPattern().Matches(query.Text).Select(m => m.Value)
            .Where(w => w is not ("AND" or "OR" or "NOT"))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(10)
            .ToList();
        bool Unmatched(string word)
        {
            var alone = Counted(searcher, SearchQuery.Empty with { Text = word }, language);
            // A place no practice is from ("Canada") is not a word to leave out: PlacesWithoutPractices says so.
            return alone.TotalHits == 0 && alone.Places.Count == 0;
        }
        var unmatched = words.Where(Unmatched).ToList();
        if (unmatched.Count == 0) return null;
        var kept = words.Where(w => !unmatched.Contains(w, StringComparer.OrdinalIgnoreCase)).ToList();
        if (kept.Count == 0) return new WordsWay(unmatched, null, 0);
        var without = query with { Text = string.Join(' ', kept), Page = 1 };
        return new WordsWay(unmatched, without, Hits(searcher, without, language));
    }

    private static int Hits(IPracticeSearcher searcher, SearchQuery query, string language) => Counted(searcher, query, language).TotalHits;

    // The search run only to be counted: one hit, no passage.
    private static SearchResults Counted(IPracticeSearcher searcher, SearchQuery query, string language) =>
        searcher.Search(query.ToRequest(language) with { PageSize = 1, Snippets = false });

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*")]
    private static partial Regex WordPattern();
}
