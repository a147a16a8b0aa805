using GoodPractices.Search.Indexing;
using Lucene.Net.Index;

namespace GoodPractices.Search.Querying.Suggestions;

/// <summary>
/// Every word of the folded fields with the number of practices it appears in, read once when a version is
/// opened. It is the vocabulary for spelling corrections: a suggestion is always a word some practice uses.
/// </summary>
internal sealed class TermDictionary
{
    private static readonly string[] Fields = [FieldNames.FoldedTitle, FieldNames.FoldedText, FieldNames.Labels];

    private readonly Dictionary<string, int> _frequency = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<string>> _byLength = [];

    public TermDictionary(IndexReader reader)
    {
        foreach (var field in Fields)
        {
            var terms = MultiFields.GetTerms(reader, field);
            if (terms is null) continue;
            var enumerator = terms.GetEnumerator();
            while (enumerator.MoveNext())
            {
                var term = enumerator.Term.Utf8ToString();
                if (term.Length < 2 || !term.All(char.IsLetter)) continue;
                _frequency[term] = Math.Max(_frequency.GetValueOrDefault(term), enumerator.DocFreq);
            }
        }
        foreach (var term in _frequency.Keys)
        {
            if (!_byLength.TryGetValue(term.Length, out var list)) _byLength[term.Length] = list = [];
            list.Add(term);
        }
    }

    /// <summary>In how many practices <paramref name="foldedWord"/> appears (0 when it does not).</summary>
    public int Frequency(string foldedWord) => _frequency.GetValueOrDefault(foldedWord);

    /// <summary>
    /// The closest word within <paramref name="maxEdits"/> that more practices use than <paramref name="atLeast"/>;
    /// among equally close words the most used one. Null when there is none.
    /// </summary>
    public string? Closest(string foldedWord, int maxEdits, int atLeast = 0)
    {
        string? best = null;
        var bestDistance = maxEdits + 1;
        var bestFrequency = 0;
        for (var length = foldedWord.Length - maxEdits; length <= foldedWord.Length + maxEdits; length++)
        {
            if (!_byLength.TryGetValue(length, out var candidates)) continue;
            foreach (var candidate in candidates)
            {
                if (candidate == foldedWord || !candidate.AsSpan().StartsWith(foldedWord.AsSpan(0, Spelling.KeptPrefix))) continue;
                var frequency = _frequency[candidate];
                if (frequency <= atLeast) continue;
                // Optimal string alignment, the measure Lucene's fuzzy queries use, so a correction shown is one the fuzzy
                // search would also have found.
                var distance = GoodPractices.Core.Text.Closest.Distance(foldedWord, candidate);
                if (distance < bestDistance || (distance == bestDistance && distance <= maxEdits && frequency > bestFrequency))
                {
                    (best, bestDistance, bestFrequency) = (candidate, distance, frequency);
                }
            }
        }
        return bestDistance <= maxEdits ? best : null;
    }
}
