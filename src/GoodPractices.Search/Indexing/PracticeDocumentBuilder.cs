using System.Text;
using GoodPractices.Core.Content;
using GoodPractices.Core.Rendering;
using GoodPractices.Core.Taxonomy;
using GoodPractices.Search.Contracts;
using GoodPractices.Search.Querying.Suggestions;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace GoodPractices.Search.Indexing;

/// <summary>Turns one practice, with its translations, into the one Lucene document that represents it.</summary>
internal sealed class PracticeDocumentBuilder
{
    private const int MaxDocValueLength = 32_766;

    private readonly PracticeTaxonomy _taxonomy;
    private readonly IReadOnlyList<string> _sortLanguages;

    public PracticeDocumentBuilder(PracticeTaxonomy taxonomy)
    {
        _taxonomy = taxonomy;
        _sortLanguages = SortLanguages(taxonomy);
    }

    /// <summary>
    /// The languages that get a title sort key: the interface languages, since a reader sorts by title in the
    /// language the site speaks to them. (One key per entry language would cost a doc-values field per language
    /// per document, most of them copies of the original title.)
    /// </summary>
    public static IReadOnlyList<string> SortLanguages(PracticeTaxonomy taxonomy) =>
        taxonomy.InterfaceLanguages.Append("en").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    public Document Build(Practice practice)
    {
        // Each body's Markdown is read once, for the indexed plain text and for the prose its snippets come from.
        var prose = new Dictionary<string, string>(StringComparer.Ordinal);
        var document = new Document { new StringField(FieldNames.Id, practice.Id, Field.Store.YES) };
        var hitAt = document.Fields.Count;

        AddText(document, practice.Language, practice.Title, practice.Summary, practice.Body, prose);
        foreach (var translation in practice.Translations)
        {
            AddText(document, translation.Language, translation.Title, translation.Summary, translation.Body, prose);
            if (translation.TitleOriginal is { } translatedOriginal) document.Add(Folded(FieldNames.FoldedTitle, translatedOriginal));
        }
        if (practice.TitleOriginal is { } original) document.Add(Folded(FieldNames.FoldedTitle, original));
        foreach (var organisation in practice.Organisations)
        {
            document.Add(Folded(FieldNames.FoldedText, organisation.Name));
            document.Add(Folded(FieldNames.Organisation, organisation.Name));
        }
        var terms = Terms(practice).ToList();
        foreach (var label in Labels(practice, terms))
        {
            document.Add(Folded(FieldNames.Labels, label));
        }
        foreach (var text in TermTexts(practice))
        {
            document.Add(Folded(FieldNames.TermText, text));
        }
        // One value a language, the labels one after another: a value a label made building 100,000 entries 5% slower.
        foreach (var language in FieldNames.LabelLanguages)
        {
            var labels = string.Join(" ", terms.Select(term => term.Label.All.GetValueOrDefault(language)).OfType<string>());
            if (labels.Length > 0) document.Add(Folded(FieldNames.LanguageLabels(language), labels));
        }

        foreach (var dimension in FacetDimension.All)
        {
            foreach (var value in FacetValues.Of(practice, dimension, _taxonomy))
            {
                document.Add(new StringField(FieldNames.Filter(dimension), value, Field.Store.NO));
                document.Add(new SortedSetDocValuesField(FieldNames.Facet(dimension), new BytesRef(value)));
            }
        }

        document.Add(new Int32Field(FieldNames.StartYear, practice.StartYear, Field.Store.NO));
        document.Add(new NumericDocValuesField(FieldNames.StartYearValue, practice.StartYear));
        document.Add(new NumericDocValuesField(FieldNames.LastReviewed, practice.LastReviewed.DayNumber));
        document.Add(new StringField(FieldNames.Decade, $"{practice.StartYear / 10 * 10}s", Field.Store.NO));
        var eu = practice.Countries.Any(c => _taxonomy.Countries.TryGetValue(c, out var country) && country.Eu);
        document.Add(new StringField(FieldNames.Eu, eu ? "true" : "false", Field.Store.NO));

        foreach (var language in _sortLanguages)
        {
            var key = TextFolding.Fold(practice.TextIn(language).Title);
            document.Add(new SortedDocValuesField(FieldNames.TitleSort(language), new BytesRef(key)));
        }

        // Stored fields are read in order: the small hit record comes before the whole practice.
        var hit = HitRecord.Of(practice, body => prose[body]);
        var whole = hit.SerializeToUtf8();
        document.Fields.Insert(hitAt, new StoredField(FieldNames.Hit, System.Text.Encoding.UTF8.GetString(whole)));
        // Doc values hold at most 32,766 bytes a document; a record that would not fit is read from the stored field.
        if (hit.SerializeWithoutProse() is { Length: <= MaxDocValueLength } summary)
        {
            document.Add(new BinaryDocValuesField(FieldNames.HitSummary, new BytesRef(summary)));
        }
        if (whole.Length <= MaxDocValueLength)
        {
            document.Add(new BinaryDocValuesField(FieldNames.HitWhole, new BytesRef(whole)));
        }
        document.Fields.Insert(hitAt + 1, new StoredField(FieldNames.Source, PracticeJson.Serialize(practice)));
        document.Add(new BinaryDocValuesField(FieldNames.Completions, new BytesRef(CompletionLines(practice))));
        return document;
    }

    // The completion texts one per line, as many as doc values hold (a practice's titles and names come nowhere near).
    private byte[] CompletionLines(Practice practice)
    {
        var lines = SuggestionIndex.CompletionTexts(practice, _taxonomy).Select(t => t.ToLine()).ToList();
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines));
        while (bytes.Length > MaxDocValueLength && lines.Count > 0)
        {
            lines.RemoveAt(lines.Count - 1);
            bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines));
        }
        return bytes;
    }

    private static void AddText(Document document, string language, string title, string summary, string markdownBody,
        Dictionary<string, string> prose)
    {
        var key = LanguageAnalyzers.KeyOf(language);
        var (body, bodyProse) = MarkdownRenderer.ToPlainTextAndProse(markdownBody);
        prose[markdownBody] = bodyProse;
        document.Add(new TextField(FieldNames.Title(key), title, Field.Store.NO));
        document.Add(new TextField(FieldNames.Summary(key), summary, Field.Store.NO));
        document.Add(new Field(FieldNames.Body(key), body, LanguageBodyType));
        document.Add(Folded(FieldNames.FoldedTitle, title));
        document.Add(Folded(FieldNames.FoldedText, summary));
        document.Add(Folded(FieldNames.FoldedText, body));
    }

    /// <summary>
    /// A body in its language's field is indexed without word positions: phrases and the proximity bonus check
    /// bodies in the folded field, which has them, so positions here would only be written and never read.
    /// </summary>
    internal static readonly FieldType LanguageBodyType = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS,
    });

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    private static TextField Folded(string field, string text) => new(field, text, Field.Store.NO);

    // Readers search for "Italy" or "women" as often as for words of the text: the labels of the entry's
    // countries, regions and vocabulary terms, in every language the taxonomy has, make those words findable.
    private IEnumerable<string> Labels(Practice practice, IReadOnlyList<Term> terms)
    {
        foreach (var code in practice.Countries)
        {
            if (_taxonomy.Countries.TryGetValue(code, out var country)) foreach (var name in country.Name.All.Values) yield return name;
            if (_taxonomy.RegionOf(code) is { } region) foreach (var name in region.Label.All.Values) yield return name;
        }
        foreach (var term in terms)
        {
            foreach (var label in term.Label.All.Values.Distinct()) yield return label;
        }
    }

    /// <summary>
    /// The vocabularies whose descriptions are indexed (<see cref="FieldNames.TermText"/>) beside their labels: a reader
    /// who types "methadone" wants the entries tagged opioid agonist treatment, whose description names it. (Evidence
    /// levels and justice stages are left out: their descriptions are about how a practice was judged, not what it does.)
    /// </summary>
    public static readonly string[] DescribedVocabularies =
        [PracticeTaxonomy.InterventionTypes, PracticeTaxonomy.Settings, PracticeTaxonomy.TargetGroups];

    // The labels and descriptions of the entry's intervention types, settings and groups in every language.
    private IEnumerable<string> TermTexts(Practice practice) =>
        Terms(practice, DescribedVocabularies)
            .SelectMany(term => term.Label.All.Values.Concat(term.Description.All.Values))
            .Distinct(StringComparer.Ordinal);

    private IEnumerable<Term> Terms(Practice practice, params string[] only)
    {
        var slugs = new (string Vocabulary, IEnumerable<string> Slugs)[]
        {
            (PracticeTaxonomy.InterventionTypes, practice.InterventionTypes),
            (PracticeTaxonomy.JusticeStages, practice.JusticeStages),
            (PracticeTaxonomy.Settings, practice.Settings),
            (PracticeTaxonomy.TargetGroups, practice.TargetGroups),
            (PracticeTaxonomy.EvidenceLevels, [practice.Evidence.Level]),
            // A researcher asks for the practices that apply the "Bangkok Rules" by that name.
            (PracticeTaxonomy.UnStandards, practice.UnStandards),
            // A researcher asks which practices' evaluations measured cost or reoffending: "drug courts cost".
            (PracticeTaxonomy.Outcomes, practice.Evidence.Outcomes),
        };
        foreach (var (vocabularyKey, values) in slugs)
        {
            if (only.Length > 0 && !only.Contains(vocabularyKey)) continue;
            var vocabulary = _taxonomy.FindVocabulary(vocabularyKey);
            foreach (var slug in values)
            {
                if (vocabulary?.Find(slug) is { } term) yield return term;
            }
        }
    }
}
