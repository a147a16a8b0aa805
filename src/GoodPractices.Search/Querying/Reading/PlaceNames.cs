using GoodPractices.Core.Taxonomy;
using GoodPractices.Search.Contracts;
using GoodPractices.Search.Indexing;

namespace GoodPractices.Search.Querying.Reading;

/// <summary>
/// The words that name a place: every country's and region's name in every language of the taxonomy, and the
/// adjectives and short forms of <c>PlaceNames.txt</c> (<c>Italian</c>, <c>italiano</c>, <c>UK</c>, <c>Nordic</c>).
/// A query reads a place as a wish to see practices from there first, not as a word the text must contain.
/// </summary>
internal sealed class PlaceNames
{
    private readonly Dictionary<string, Place> _byName = new(StringComparer.Ordinal);

    // Short forms that are also everyday words ("US", "EU" is Portuguese for "I") count only typed in capitals.
    private readonly Dictionary<string, Place> _byCapitals = new(StringComparer.Ordinal);
    private int _longest = 1;

    public PlaceNames(PracticeTaxonomy taxonomy, string? extra = null)
    {
        foreach (var country in taxonomy.Countries.Values)
        {
            var place = new Place(FacetDimension.Country, [country.Code]);
            foreach (var name in country.Name.All.Values) Add(name, place);
        }
        foreach (var region in taxonomy.Regions.Values)
        {
            var place = new Place(FacetDimension.Region, [region.Slug]);
            foreach (var name in region.Label.All.Values) Add(name, place);
        }
        foreach (var line in (extra ?? EmbeddedText.Read("PlaceNames.txt")).Split('\n'))
        {
            var text = line.Split('#')[0];
            var colon = text.IndexOf(": ", StringComparison.Ordinal);
            if (colon < 0) continue;
            var key = text[..colon].Trim();
            var place = key.StartsWith("region:", StringComparison.Ordinal)
                ? new Place(FacetDimension.Region, key["region:".Length..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                : new Place(FacetDimension.Country, key.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            // A line may name a place this taxonomy does not have (a test taxonomy of a few countries): keep what it has.
            var known = place.Values.Where(v => place.Dimension == FacetDimension.Country
                ? taxonomy.Countries.ContainsKey(v) : taxonomy.Regions.ContainsKey(v)).ToList();
            if (known.Count == 0) continue;
            place = place with { Values = known };
            foreach (var name in text[(colon + 2)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (name.Length > 1 && name.All(char.IsUpper)) _byCapitals.TryAdd(name, place);
                else Add(name, place);
            }
        }
    }

    private void Add(string name, Place place)
    {
        var key = Key(QueryWords.Pattern().Matches(name).Select(m => m.Value));
        if (key.Length == 0) return;
        // The taxonomy's own names come first; a word of the list never takes a name over.
        _byName.TryAdd(key, place);
        _longest = Math.Max(_longest, key.Count(c => c == ' ') + 1);
    }

    private static string Key(IEnumerable<string> words) => string.Join(' ', words.Select(TextFolding.Fold));

    /// <summary>
    /// The places named in <paramref name="words"/> (a query's words in order): where each starts, how many words it
    /// takes, and the place. The longest name wins ("Latin America" rather than "America").
    /// </summary>
    public IEnumerable<(int Start, int Count, Place Place)> Find(IReadOnlyList<string> words)
    {
        for (var start = 0; start < words.Count;)
        {
            var found = false;
            for (var count = Math.Min(_longest, words.Count - start); count >= 1 && !found; count--)
            {
                var slice = words.Skip(start).Take(count).ToList();
                if ((count == 1 && _byCapitals.TryGetValue(slice[0], out var place)) || _byName.TryGetValue(Key(slice), out place))
                {
                    yield return (start, count, place);
                    start += count;
                    found = true;
                }
            }
            if (!found) start++;
        }
    }
}
