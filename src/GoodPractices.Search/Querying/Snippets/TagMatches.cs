using System.Collections.Concurrent;
using GoodPractices.Core.Taxonomy;
using GoodPractices.Search.Contracts;
using GoodPractices.Search.Indexing;
using GoodPractices.Search.Querying.Facets;
using GoodPractices.Search.Querying.Matching;

namespace GoodPractices.Search.Querying.Snippets;

/// <summary>
/// Which of a practice's tags hold the words looked for: a practice found through its tags alone (a reader of English
/// who types <c>detenção</c> meets the Portuguese label of "Police custody") has no word of its own text to mark, and
/// its card says which tags found it instead. A tag's words are read as the index reads them, with the analyzers of
/// the fields that hold them (<see cref="FieldNames.Labels"/>, <see cref="FieldNames.TermText"/> and each language's
/// <see cref="FieldNames.LanguageLabels"/>), once per index version and tag.
/// </summary>
internal sealed class TagMatches(PracticeAnalyzer analyzer, PracticeTaxonomy taxonomy, FacetOrdinals ordinals)
{
    // The dimensions that say what a practice does, when, where and for whom (its evidence level and status are badges
    // on the card, its countries and regions places the query names). Their labels are in the labels field; the
    // descriptions of some are indexed as well (PracticeDocumentBuilder.DescribedVocabularies).
    private static readonly FacetDimension[] Dimensions =
        [FacetDimension.Intervention, FacetDimension.Stage, FacetDimension.Setting, FacetDimension.Group];

    /// <summary>How many tags a card names: those that hold the most of the words, labels before descriptions.</summary>
    public const int MostNamed = 3;

    private readonly ConcurrentDictionary<(string Vocabulary, string Slug), TagWords> _words = new();

    /// <summary>
    /// The tags of the practice in document <paramref name="doc"/> that hold a word of <paramref name="terms"/>, at most
    /// <see cref="MostNamed"/>: first those holding the most words in their labels, then in their descriptions (a
    /// label names what the practice is, a description what it may involve), then in the order of the dimensions.
    /// </summary>
    public IReadOnlyList<TagRef> Of(int doc, HighlightTerms terms)
    {
        if (terms.Vocabulary.Count == 0 && terms.FoldedPrefixes.Count == 0) return [];
        List<(TagRef Tag, int Weight)>? found = null;
        foreach (var dimension in Dimensions)
        {
            var values = ordinals[dimension];
            var documents = values.Documents;
            for (var k = documents.Starts[doc]; k < documents.Starts[doc + 1]; k++)
            {
                var slug = values.Labels[documents.Ordinals[k]];
                if (Words(dimension.Vocabulary!, slug).Weigh(terms) is var weight and > 0)
                {
                    (found ??= []).Add((new TagRef(dimension.Name, slug), weight));
                }
            }
        }
        return found is null ? [] : found.OrderByDescending(tag => tag.Weight).Take(MostNamed).Select(tag => tag.Tag).ToList();
    }

    private TagWords Words(string vocabularyKey, string slug) =>
        _words.GetOrAdd((vocabularyKey, slug), key => Read(key.Vocabulary, key.Slug));

    private TagWords Read(string vocabularyKey, string slug)
    {
        var term = taxonomy.FindVocabulary(vocabularyKey)?.Find(slug);
        if (term is null) return TagWords.None;
        var inLabels = Terms(FieldNames.Labels, term.Label.All.Values.Distinct(StringComparer.Ordinal));
        var inDescriptions = PracticeDocumentBuilder.DescribedVocabularies.Contains(vocabularyKey)
            ? Terms(FieldNames.TermText, term.Description.All.Values) : [];
        var byLanguage = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var language in FieldNames.LabelLanguages)
        {
            if (term.Label.All.GetValueOrDefault(language) is { } label)
            {
                byLanguage[language] = Terms(FieldNames.LanguageLabels(language), [label]);
            }
        }
        return new TagWords(inLabels, inDescriptions, byLanguage);
    }

    private HashSet<string> Terms(string field, IEnumerable<string> texts) =>
        texts.SelectMany(text => AnalyzedText.Tokens(analyzer, field, text)).Select(token => token.Term).ToHashSet(StringComparer.Ordinal);

    private sealed record TagWords(HashSet<string> Labels, HashSet<string> Descriptions, Dictionary<string, HashSet<string>> ByLanguage)
    {
        public static readonly TagWords None = new([], [], []);

        // Two for each word of the query its labels hold (in any language's reading), one for each its descriptions
        // hold; a word still being typed counts where a word starts with it.
        public int Weigh(HighlightTerms terms)
        {
            var inLabels = new HashSet<string>(StringComparer.Ordinal);
            var inDescriptions = new HashSet<string>(StringComparer.Ordinal);
            foreach (var term in terms.Vocabulary)
            {
                if (Labels.Contains(term)) inLabels.Add(term);
                else if (Descriptions.Contains(term)) inDescriptions.Add(term);
            }
            foreach (var prefix in terms.FoldedPrefixes)
            {
                if (Labels.Any(word => word.StartsWith(prefix, StringComparison.Ordinal))) inLabels.Add(prefix);
                else if (Descriptions.Any(word => word.StartsWith(prefix, StringComparison.Ordinal))) inDescriptions.Add(prefix);
            }
            var byLanguage = 0;
            foreach (var (language, words) in ByLanguage)
            {
                byLanguage = Math.Max(byLanguage, terms.ForLanguage(language).Count(words.Contains));
            }
            return 2 * Math.Max(inLabels.Count, byLanguage) + inDescriptions.Count;
        }
    }
}
