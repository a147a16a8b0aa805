using GoodPractices.Core.Taxonomy;
using GoodPractices.Search.Indexing;
using GoodPractices.Search.Querying.Matching;
using Lucene.Net.Analysis;

namespace GoodPractices.Search.Querying.Reading;

/// <summary>
/// The one-word labels of the taxonomy's terms, as a small dictionary between the interface languages. Most entries are
/// written in English, so a word a Portuguese reader types (<c>mulheres</c>) is held by English entries only in their
/// tags' label ("Women"), which weighs below an entry's own text and says nothing of how much the entry is about it:
/// every practice tagged for women scored alike, and Bavaria's naloxone programme came before the women's units. A
/// word that is a term's label in French, Italian, Portuguese or Czech is therefore also looked for, as the term's
/// label in the other languages, in the practices' own text. English labels are not translated: an English reader's
/// words are the entries' own.
/// </summary>
internal sealed class LabelTranslations
{
    // What a practice is and does, for whom and where; not its status, scope or evidence ("Nazionale", "Attivo").
    private static readonly string[] Vocabularies =
    [
        PracticeTaxonomy.InterventionTypes, PracticeTaxonomy.JusticeStages, PracticeTaxonomy.Settings,
        PracticeTaxonomy.TargetGroups, PracticeTaxonomy.Outcomes,
    ];

    private readonly Analyzer _analyzer;
    private readonly Dictionary<string, List<Translation>> _byWord = new(StringComparer.Ordinal);

    /// <summary>A label, and the languages it is written in (the French "Prison" is the English one).</summary>
    public sealed record Translation(string Label, IReadOnlyList<string> Languages);

    public LabelTranslations(PracticeTaxonomy taxonomy, Analyzer analyzer)
    {
        _analyzer = analyzer;
        var terms = taxonomy.Vocabularies.Where(v => Vocabularies.Contains(v.Key)).SelectMany(v => v.Terms).ToList();
        var english = terms.Select(t => t.Label.All.GetValueOrDefault("en")).OfType<string>().Select(Key).OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            foreach (var (language, label) in term.Label.All)
            {
                if (language == "en" || Key(label) is not { } key || english.Contains(key)) continue;
                if (_byWord.ContainsKey(key)) continue;
                _byWord[key] = [.. term.Label.All
                    .Where(other => Key(other.Value) != key)
                    .GroupBy(other => other.Value, StringComparer.Ordinal)
                    .Select(same => new Translation(same.Key, [.. same.Select(other => other.Key)]))];
            }
        }
    }

    /// <summary>The term's labels in the other languages when <paramref name="word"/> is a one-word label; else none.</summary>
    public IReadOnlyList<Translation> Of(string word) => Key(word) is { } key && _byWord.TryGetValue(key, out var others) ? others : [];

    // A label is looked up as the labels field reads it: accents, case and a plural ending aside.
    private string? Key(string text) => AnalyzedText.Tokens(_analyzer, FieldNames.Labels, text) is [var only] ? only.Term : null;
}
