using GoodPractices.Core.Taxonomy;
using GoodPractices.Search.Indexing;
using GoodPractices.Search.Querying.Matching;
using Lucene.Net.Analysis;

namespace GoodPractices.Search.Querying.Reading;

/// <summary>
/// The one-word labels of the taxonomy's terms in French, Italian, Portuguese and Czech, with the term's English label,
/// and the names of medicines and substances as those languages write them (<c>WordTranslations.txt</c>).
/// Most entries are written in English, so a word a Portuguese reader types (<c>mulheres</c>) is held by them only in
/// their tags' label ("Women"), which weighs below an entry's own text and says nothing of how much the entry is about
/// it: every practice tagged for women scored alike, and Bavaria's naloxone programme came before the women's units.
/// Such a word is therefore also looked for as the English label in the practices' own English text.
/// <para>
/// English labels are not translated: an English reader's words are the entries' own. Nor is a label whose words most
/// practices hold (in the real corpus, <c>carcere</c> read as "prison"): it would tell no practice from another, and
/// cost as much as a search for the commonest word. Only the English label is looked for: looking for the French,
/// Portuguese and Czech labels as well changed no answer of the relevance set, and at 10,000 generated entries made
/// <c>carcere</c> match 8,776 practices instead of 6,873 and take 9.8 ms instead of 8.5 ms.
/// </para>
/// <para>
/// The words of <c>WordTranslations.txt</c> are listed by hand and kept however common: "détenus" read as "prisoner"
/// tells few practices apart, but it lets an English practice that has the reader's other words answer
/// ("réinsertion professionnelle des détenus" found only the French texts holding all three words).
/// </para>
/// </summary>
internal sealed class LabelTranslations
{
    // What a practice is and does, for whom and where; not its status, scope or evidence ("Nazionale", "Attivo").
    private static readonly string[] Vocabularies =
    [
        PracticeTaxonomy.InterventionTypes, PracticeTaxonomy.JusticeStages, PracticeTaxonomy.Settings,
        PracticeTaxonomy.TargetGroups, PracticeTaxonomy.Outcomes,
    ];

    // WordTranslations.txt, read once a process rather than once a version opened.
    private static readonly IReadOnlyList<(string English, IReadOnlyList<string> Others)> ShippedWords =
        [.. ReadWords(EmbeddedText.Read("WordTranslations.txt"))];

    private readonly Analyzer _analyzer;
    private readonly Dictionary<string, string> _english = new(StringComparer.Ordinal);

    /// <param name="practicesWith">In how many practices a folded word appears, and of how many; null keeps every label.</param>
    /// <param name="words">
    /// Words that are not labels but are written differently in each language (<c>buprenorfina</c>): an English word and
    /// its other spellings; null reads <c>WordTranslations.txt</c>.
    /// </param>
    public LabelTranslations(PracticeTaxonomy taxonomy, Analyzer analyzer, (Func<string, int> Frequency, int Of)? practicesWith = null,
        IEnumerable<(string English, IReadOnlyList<string> Others)>? words = null)
    {
        _analyzer = analyzer;
        bool Common(string label) => practicesWith is var (frequency, of)
            && AnalyzedText.Tokens(_analyzer, FieldNames.FoldedText, label).All(t => frequency(t.Term) * 2 > of);
        var terms = taxonomy.Vocabularies.Where(v => Vocabularies.Contains(v.Key)).SelectMany(v => v.Terms)
            .Where(t => t.Label.All.ContainsKey("en"))
            .ToList();
        var english = terms.Select(t => Key(t.Label.All["en"])).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            var label = term.Label.All["en"];
            if (Common(label)) continue;
            foreach (var (language, other) in term.Label.All)
            {
                if (language != "en" && Key(other) is { } key && !english.Contains(key)) _english.TryAdd(key, label);
            }
        }
        foreach (var (word, others) in words ?? ShippedWords)
        {
            foreach (var other in others)
            {
                if (Key(other) is { } key && key != Key(word)) _english.TryAdd(key, word);
            }
        }
    }

    /// <summary>Reads lines of an English word, a colon and its spellings in other languages; <c>#</c> starts a comment.</summary>
    public static IEnumerable<(string English, IReadOnlyList<string> Others)> ReadWords(string text) =>
        text.Split('\n')
            .Select(line => line.Split('#')[0].Split(':'))
            .Where(parts => parts.Length == 2 && parts[0].Trim().Length > 0)
            .Select(parts => (parts[0].Trim(), (IReadOnlyList<string>)[.. parts[1].Split(',').Select(w => w.Trim()).Where(w => w.Length > 0)]));

    /// <summary>The term's English label when <paramref name="word"/> is its one-word label in another language; else null.</summary>
    public string? EnglishOf(string word) => Key(word) is { } key ? _english.GetValueOrDefault(key) : null;

    // A label is looked up as the labels field reads it: accents, case and a plural ending aside.
    private string? Key(string text) => AnalyzedText.Tokens(_analyzer, FieldNames.Labels, text) is [var only] ? only.Term : null;
}
