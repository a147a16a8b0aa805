using System.Text;
using GoodPractices.Core.Content;
using GoodPractices.Core.Taxonomy;
using GoodPractices.Search.Contracts;
using GoodPractices.Search.Indexing;

namespace GoodPractices.Search.Querying.Suggestions;

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

    // A prefix that begins thousands of words ("pr" in a large corpus) would be a long range to read at every
    // keystroke: the best candidates of each such prefix are picked once, when the completions are built.
    private const int KeptForLongRange = 64;
    private readonly int _longRange;
    private readonly Dictionary<string, (int Rank, int Entry)[]> _longRanges = new(StringComparer.Ordinal);

    /// <summary>
    /// A completion a practice offers, and the interface languages whose readers are offered it; null offers it to every
    /// reader. Kept in the index one per line, the languages after a tab.
    /// </summary>
    public readonly record struct Text(string Value, IReadOnlyList<string>? Languages)
    {
        public string ToLine()
        {
            var value = Value.ReplaceLineEndings(" ").Replace('\t', ' ');
            return Languages is null ? value : value + "\t" + string.Join(' ', Languages);
        }

        /// <summary>A line as <see cref="ToLine"/> writes it; a line of a version written before languages were kept has none.</summary>
        public static Text FromLine(string line) => line.IndexOf('\t') is var tab and >= 0
            ? new Text(line[..tab], line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            : new Text(line, null);
    }

    /// <summary>The completions of <paramref name="practices"/>, read whole.</summary>
    /// <param name="longRange">How many word starts make a prefix's range long enough to keep its best candidates.</param>
    public SuggestionIndex(IEnumerable<Practice> practices, PracticeTaxonomy taxonomy, int longRange = 2048)
        : this(Read(practices, taxonomy, out var usage), usage, taxonomy, longRange)
    {
    }

    /// <summary>
    /// The completions of an index's practices, given each one's <see cref="CompletionTexts"/> and how many practices
    /// have each facet value (lazily read: <paramref name="usage"/> is read after <paramref name="texts"/>).
    /// </summary>
    public SuggestionIndex(IEnumerable<IEnumerable<Text>> texts, IReadOnlyDictionary<(FacetDimension, string), int> usage,
        PracticeTaxonomy taxonomy, int longRange = 2048)
    {
        _longRange = longRange;
        var weights = new Dictionary<string, int>(StringComparer.Ordinal);
        // The interface languages whose readers are offered a text (a label, a translated title); null for every reader
        // (a name, or a title all of them see).
        var languages = new Dictionary<string, HashSet<string>?>(StringComparer.Ordinal);
        void Add(string? text, int weight, IReadOnlyList<string>? offeredIn)
        {
            if (string.IsNullOrWhiteSpace(text)) return;
            var trimmed = text.Trim();
            weights[trimmed] = weights.GetValueOrDefault(trimmed) + weight;
            if (offeredIn is null) languages[trimmed] = null;
            else if (!languages.TryGetValue(trimmed, out var set)) languages[trimmed] = [.. offeredIn];
            else set?.UnionWith(offeredIn);
        }

        foreach (var practice in texts)
        {
            foreach (var text in practice) Add(text.Value, 1, text.Languages);
        }
        foreach (var ((dimension, value), count) in usage)
        {
            foreach (var (language, label) in LabelsOf(dimension, value, taxonomy)) Add(label, count, [language]);
        }
        // Entries in the order completions are offered in, among equals: the more practices, the shorter, the earlier.
        _entries = weights.Select(w => new Entry(w.Key, Normalize(w.Key), w.Value, languages[w.Key]))
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
        KeepLongRanges(0, _wordStarts.Length, 0);
    }

    // [low, high) share their first `depth` characters; each run of them with the same next character is the range of
    // a one character longer prefix (the array is sorted), kept when long, and split the same way in turn.
    private void KeepLongRanges(int low, int high, int depth)
    {
        var i = low;
        while (i < high && Remaining(_wordStarts[i]) <= depth) i++;
        while (i < high)
        {
            var next = CharAt(_wordStarts[i], depth);
            var j = i;
            while (j < high && CharAt(_wordStarts[j], depth) == next) j++;
            if (j - i > _longRange)
            {
                var start = _wordStarts[i];
                _longRanges[_entries[start.Entry].Key.Substring(start.Offset, depth + 1)] = Best(i, j, KeptForLongRange).ToArray();
                KeepLongRanges(i, j, depth + 1);
            }
            i = j;
        }
    }

    private int Remaining((int Entry, int Offset) start) => _entries[start.Entry].Key.Length - start.Offset;

    private char CharAt((int Entry, int Offset) start, int depth) => _entries[start.Entry].Key[start.Offset + depth];

    // The best `keep` candidates of a range of word starts: a completion that starts with what was typed (rank 0)
    // before one with a later word that does (rank 1), then in entry order; each entry once.
    private SortedSet<(int Rank, int Entry)> Best(int low, int high, int keep)
    {
        var best = new SortedSet<(int Rank, int Entry)>();
        var worst = (Rank: int.MaxValue, Entry: int.MaxValue);
        for (var i = low; i < high; i++)
        {
            var candidate = (Rank: _wordStarts[i].Offset == 0 ? 0 : 1, _wordStarts[i].Entry);
            if (best.Count == keep && candidate.CompareTo(worst) >= 0) continue;
            best.Add(candidate);
            if (best.Count > keep) best.Remove(best.Max);
            if (best.Count == keep) worst = best.Max;
        }
        return best;
    }

    /// <param name="language">The reader's interface language: labels of the vocabulary in other languages are left out.</param>
    public IReadOnlyList<string> Suggest(string? prefix, int max, string? language = null)
    {
        var typed = Normalize(prefix ?? "");
        if (typed.Length == 0 || max <= 0) return [];

        var low = FirstAtOrAfter(typed);
        // Keys hold letters, digits and spaces only, so nothing that starts with what was typed sorts after this.
        var high = FirstAtOrAfter(typed + char.MaxValue);
        IEnumerable<(int Rank, int Entry)> best = _longRanges.TryGetValue(typed, out var kept) ? kept : Best(low, high, max + Spare);
        var completions = Complete(best, max, language);
        // Only when most of the kept candidates were one text in different cases, or labels in other languages, is a
        // full look needed.
        if (completions.Count < max && high - low > best.Count())
        {
            completions = Complete(Best(low, high, high - low), max, language);
        }
        return completions;
    }

    private List<string> Complete(IEnumerable<(int Rank, int Entry)> ranked, int max, string? language) =>
        ranked.DistinctBy(c => c.Entry)
            .Select(c => _entries[c.Entry])
            .Where(e => language is null || e.Languages is null || e.Languages.Contains(language))
            .Select(e => e.Text)
            .DistinctBy(text => text.ToLowerInvariant()).Take(max).ToList();

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

    /// <summary>
    /// What a practice offers the search box: to the readers of each interface language, the title they are shown (a
    /// translation in their language, else English, else the original); to every reader, its names in the original
    /// language and its organisations' names; and, in each language, the names of the UN standards it applies.
    /// </summary>
    public static IReadOnlyList<Text> CompletionTexts(Practice practice, PracticeTaxonomy taxonomy)
    {
        var interfaceLanguages = taxonomy.InterfaceLanguages.Count > 0 ? taxonomy.InterfaceLanguages : [practice.Language];
        var texts = new List<Text>();
        var shownIn = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var language in interfaceLanguages)
        {
            var title = practice.TextIn(language).Title;
            if (!shownIn.TryGetValue(title, out var readers)) shownIn[title] = readers = [];
            readers.Add(language);
        }
        texts.AddRange(shownIn.Select(t => new Text(t.Key, t.Value.Count == interfaceLanguages.Count ? null : t.Value)));
        var names = new[] { practice.TitleOriginal }.Concat(practice.Translations.Select(t => t.TitleOriginal))
            .Concat(practice.Organisations.Select(o => o.Name))
            .OfType<string>().Distinct(StringComparer.Ordinal).Where(name => !shownIn.ContainsKey(name));
        texts.AddRange(names.Select(name => new Text(name, null)));
        var standards = taxonomy.FindVocabulary(PracticeTaxonomy.UnStandards);
        foreach (var slug in practice.UnStandards)
        {
            if (standards?.Find(slug) is not { } standard) continue;
            texts.AddRange(standard.Label.All.Where(l => interfaceLanguages.Contains(l.Key)).Select(l => new Text(l.Value, [l.Key])));
        }
        return texts;
    }

    private static IEnumerable<IEnumerable<Text>> Read(IEnumerable<Practice> practices, PracticeTaxonomy taxonomy,
        out IReadOnlyDictionary<(FacetDimension, string), int> usage)
    {
        var list = practices.ToList();
        var counts = new Dictionary<(FacetDimension, string), int>();
        foreach (var practice in list)
        {
            foreach (var dimension in FacetDimension.All)
            {
                foreach (var value in FacetValues.Of(practice, dimension, taxonomy))
                {
                    counts[(dimension, value)] = counts.GetValueOrDefault((dimension, value)) + 1;
                }
            }
        }
        usage = counts;
        return list.Select(practice => CompletionTexts(practice, taxonomy));
    }

    private static IEnumerable<(string Language, string Label)> LabelsOf(FacetDimension dimension, string value, PracticeTaxonomy taxonomy)
    {
        static IEnumerable<(string, string)> Pairs(IReadOnlyDictionary<string, string> all) => all.Select(a => (a.Key, a.Value));
        if (dimension == FacetDimension.Country) return taxonomy.Countries.TryGetValue(value, out var c) ? Pairs(c.Name.All) : [];
        if (dimension == FacetDimension.Region) return taxonomy.Regions.TryGetValue(value, out var r) ? Pairs(r.Label.All) : [];
        if (dimension.Vocabulary is null || dimension == FacetDimension.Status) return [];
        var term = taxonomy.FindVocabulary(dimension.Vocabulary)?.Find(value);
        return term is null ? [] : Pairs(term.Label.All);
    }

    // Folded, lower case, punctuation as spaces: "Comissões (SICAD)" is found by "comissoes sicad".
    private static string Normalize(string text)
    {
        var folded = TextFolding.Fold(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded) builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private sealed record Entry(string Text, string Key, int Weight, HashSet<string>? Languages);
}
