using System.Text;
using GoodPractices.Core.Content;
using GoodPractices.Core.Taxonomy;
using GoodPractices.Search.Contracts;
using GoodPractices.Search.Indexing;

namespace GoodPractices.Search.Querying;

/// <summary>
/// Completions for a search box: practice titles (in every language), organisation names, the labels of
/// vocabulary terms and the names of countries that practices use. A completion that starts with what was
/// typed comes before one with a later word that does; then the more practices it leads to, the earlier.
/// </summary>
internal sealed class SuggestionIndex
{
    private readonly List<Entry> _entries;

    public SuggestionIndex(IEnumerable<Practice> practices, PracticeTaxonomy taxonomy)
    {
        var weights = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(string? text, int weight = 1)
        {
            if (string.IsNullOrWhiteSpace(text)) return;
            var trimmed = text.Trim();
            weights[trimmed] = weights.GetValueOrDefault(trimmed) + weight;
        }

        var usage = new Dictionary<(FacetDimension, string), int>();
        foreach (var practice in practices)
        {
            Add(practice.Title);
            Add(practice.TitleOriginal);
            foreach (var translation in practice.Translations)
            {
                Add(translation.Title);
                Add(translation.TitleOriginal);
            }
            foreach (var organisation in practice.Organisations.DistinctBy(o => o.Name)) Add(organisation.Name);
            foreach (var dimension in FacetDimension.All)
            {
                foreach (var value in FacetValues.Of(practice, dimension, taxonomy))
                {
                    usage[(dimension, value)] = usage.GetValueOrDefault((dimension, value)) + 1;
                }
            }
        }
        foreach (var ((dimension, value), count) in usage)
        {
            foreach (var label in LabelsOf(dimension, value, taxonomy)) Add(label, count);
        }
        _entries = weights.Select(w => new Entry(w.Key, Normalize(w.Key), w.Value)).ToList();
    }

    public IReadOnlyList<string> Suggest(string? prefix, int max)
    {
        var typed = Normalize(prefix ?? "");
        if (typed.Length == 0 || max <= 0) return [];
        var wordStart = " " + typed;
        return _entries
            .Select(e => (Entry: e, Rank: e.Key.StartsWith(typed, StringComparison.Ordinal) ? 0 : e.Key.Contains(wordStart, StringComparison.Ordinal) ? 1 : 2))
            .Where(c => c.Rank < 2)
            .OrderBy(c => c.Rank)
            .ThenByDescending(c => c.Entry.Weight)
            .ThenBy(c => c.Entry.Text.Length)
            .ThenBy(c => c.Entry.Text, StringComparer.Ordinal)
            .Select(c => c.Entry.Text)
            .DistinctBy(text => text.ToLowerInvariant())
            .Take(max)
            .ToList();
    }

    private static IEnumerable<string> LabelsOf(FacetDimension dimension, string value, PracticeTaxonomy taxonomy)
    {
        if (dimension == FacetDimension.Country) return taxonomy.Countries.TryGetValue(value, out var c) ? c.Name.All.Values : [];
        if (dimension == FacetDimension.Region) return taxonomy.Regions.TryGetValue(value, out var r) ? r.Label.All.Values : [];
        if (dimension.Vocabulary is null || dimension == FacetDimension.Status) return [];
        var term = taxonomy.Vocabularies.FirstOrDefault(v => v.Key == dimension.Vocabulary)?.Find(value);
        return term?.Label.All.Values ?? [];
    }

    // Folded, lower case, punctuation as spaces: "Comissões (SICAD)" is found by "comissoes sicad".
    private static string Normalize(string text)
    {
        var folded = TextFolding.Fold(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded) builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private sealed record Entry(string Text, string Key, int Weight);
}
