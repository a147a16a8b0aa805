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
    // The best few candidates are picked in one pass over the matching words; a few spare ones cover completions
    // that differ only in case, which are shown once.
    private const int Spare = 24;

    private readonly List<Entry> _entries;

    // Every word start of every entry (entry, offset in its key), sorted by the key from there on: the entries with
    // a word starting with what was typed are one range of it, found by binary search.
    private readonly (int Entry, int Offset)[] _wordStarts;

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
        // Entries in the order completions are offered in, among equals: the more practices, the shorter, the earlier.
        _entries = weights.Select(w => new Entry(w.Key, Normalize(w.Key), w.Value))
            .Where(e => e.Key.Length > 0)
            .OrderByDescending(e => e.Weight).ThenBy(e => e.Text.Length).ThenBy(e => e.Text, StringComparer.Ordinal)
            .ToList();
        var starts = new List<(int Entry, int Offset)>();
        for (var i = 0; i < _entries.Count; i++)
        {
            var key = _entries[i].Key;
            starts.Add((i, 0));
            for (var at = key.IndexOf(' '); at >= 0; at = key.IndexOf(' ', at + 1)) starts.Add((i, at + 1));
        }
        _wordStarts = starts.ToArray();
        Array.Sort(_wordStarts, (a, b) =>
        {
            var c = string.CompareOrdinal(_entries[a.Entry].Key, a.Offset, _entries[b.Entry].Key, b.Offset, int.MaxValue);
            return c != 0 ? c : a.Entry.CompareTo(b.Entry);
        });
    }

    public IReadOnlyList<string> Suggest(string? prefix, int max)
    {
        var typed = Normalize(prefix ?? "");
        if (typed.Length == 0 || max <= 0) return [];

        // One pass over the range of word starts that begin with what was typed, keeping the best candidates:
        // a completion that starts with it (rank 0) before one with a later word that does (rank 1), then entry order.
        var keep = max + Spare;
        var best = new SortedSet<(int Rank, int Entry)>();
        var candidates = 0;
        for (var i = FirstAtOrAfter(typed); i < _wordStarts.Length && StartsWith(_wordStarts[i], typed); i++)
        {
            candidates++;
            var candidate = (_wordStarts[i].Offset == 0 ? 0 : 1, _wordStarts[i].Entry);
            if (best.Count == keep && candidate.CompareTo(best.Max) >= 0) continue;
            best.Add(candidate);
            if (best.Count > keep) best.Remove(best.Max);
        }
        var completions = Complete(best, max);
        // Only when most of the kept candidates were one text in different cases is a full look needed.
        if (completions.Count < max && candidates > best.Count)
        {
            var all = new SortedSet<(int Rank, int Entry)>();
            for (var i = FirstAtOrAfter(typed); i < _wordStarts.Length && StartsWith(_wordStarts[i], typed); i++)
            {
                all.Add((_wordStarts[i].Offset == 0 ? 0 : 1, _wordStarts[i].Entry));
            }
            completions = Complete(all, max);
        }
        return completions;
    }

    private List<string> Complete(IEnumerable<(int Rank, int Entry)> ranked, int max) =>
        ranked.DistinctBy(c => c.Entry).Select(c => _entries[c.Entry].Text).DistinctBy(text => text.ToLowerInvariant()).Take(max).ToList();

    private bool StartsWith((int Entry, int Offset) start, string typed) =>
        string.CompareOrdinal(_entries[start.Entry].Key, start.Offset, typed, 0, typed.Length) == 0
        && _entries[start.Entry].Key.Length - start.Offset >= typed.Length;

    private int FirstAtOrAfter(string typed)
    {
        int low = 0, high = _wordStarts.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            var start = _wordStarts[middle];
            if (string.CompareOrdinal(_entries[start.Entry].Key, start.Offset, typed, 0, int.MaxValue) < 0) low = middle + 1;
            else high = middle;
        }
        return low;
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
