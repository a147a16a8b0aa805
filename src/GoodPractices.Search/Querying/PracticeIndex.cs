using GoodPractices.Core.Content;
using GoodPractices.Core.Taxonomy;
using GoodPractices.Search.Contracts;
using GoodPractices.Search.Indexing;
using GoodPractices.Search.Querying.Facets;
using GoodPractices.Search.Querying.Matching;
using GoodPractices.Search.Querying.Reading;
using GoodPractices.Search.Querying.Snippets;
using GoodPractices.Search.Querying.Suggestions;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace GoodPractices.Search.Querying;

/// <summary>
/// One open index version and what every search over it shares: the searcher, the analyzer, the facet
/// ordinals and the word list. All of it is read-only after construction, so any number of threads can use it.
/// </summary>
internal sealed class PracticeIndex : IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly HashSet<string> _sortLanguages;
    private readonly TagMatches _tags;

    public PracticeIndex(LuceneDirectory directory, PracticeTaxonomy taxonomy)
    {
        _directory = directory;
        _reader = DirectoryReader.Open(directory);
        Searcher = new IndexSearcher(_reader);
        Ordinals = new FacetOrdinals(_reader);
        Terms = new TermDictionary(_reader);
        Snippets = new SnippetBuilder(Analyzer);
        Taxonomy = taxonomy;
        _sortLanguages = PracticeDocumentBuilder.SortLanguages(taxonomy).ToHashSet(StringComparer.Ordinal);
        Tables = new DocumentTables(_reader, _sortLanguages);
        Searcher.Similarity = new PracticeSimilarity();
        Places = new PlaceNames(taxonomy);
        Translations = new LabelTranslations(taxonomy, Analyzer, (Terms.Frequency, _reader.NumDocs));
        _tags = new TagMatches(Analyzer, taxonomy, Ordinals);
        // The first page of every practice, the home page's and the search page's opening view, is ready at once.
        Tables.Order(Contracts.SearchSort.Reviewed, "en");
    }

    public IndexSearcher Searcher { get; }
    public IndexReader Reader => _reader;
    public PracticeAnalyzer Analyzer { get; } = new();
    public FacetOrdinals Ordinals { get; }
    public DocumentTables Tables { get; }

    /// <summary>The names of the taxonomy's places, read in queries.</summary>
    public PlaceNames Places { get; }

    /// <summary>The taxonomy's one-word labels in the other languages, for words typed in one of them.</summary>
    public LabelTranslations Translations { get; }
    public TermDictionary Terms { get; }
    public SnippetBuilder Snippets { get; }
    public PracticeTaxonomy Taxonomy { get; }

    /// <summary>The language whose title sort key to use for a reader of <paramref name="displayLanguage"/>.</summary>
    public string SortLanguage(string displayLanguage) => _sortLanguages.Contains(displayLanguage) ? displayLanguage : "en";

    /// <summary>The practice stored in document <paramref name="doc"/>.</summary>
    public Practice Load(int doc) => PracticeJson.Deserialize(Searcher.Doc(doc).Get(FieldNames.Source));

    private static readonly HashSet<string> HitFields = [FieldNames.Hit];

    /// <summary>
    /// What a result list shows of the practice in document <paramref name="doc"/>, without reading the whole practice;
    /// with <paramref name="prose"/>, also the opening of each text for its snippet. With <paramref name="language"/>,
    /// only the text a reader of that language is shown (<see cref="HitRecord.TextIn"/>) may be read.
    /// </summary>
    public HitRecord LoadHit(int doc, bool prose = true, string? language = null)
    {
        // Doc values instances are per thread in Lucene, so each call asks its segment for them. A practice whose record
        // is too large for doc values, or a version written before they held it, is read from the stored field.
        var leaf = _reader.Leaves[ReaderUtil.SubIndex(doc, _reader.Leaves)];
        if (leaf.AtomicReader.GetBinaryDocValues(prose ? FieldNames.HitWhole : FieldNames.HitSummary) is { } values)
        {
            var bytes = new Lucene.Net.Util.BytesRef();
            values.Get(doc - leaf.DocBase, bytes);
            if (bytes.Length > 0)
            {
                var utf8 = bytes.Bytes.AsSpan(bytes.Offset, bytes.Length);
                return language is null ? HitRecord.Deserialize(utf8) : HitRecord.ReadFor(utf8, language);
            }
        }
        return Searcher.Doc(doc, HitFields).Get(FieldNames.Hit) is { } json ? HitRecord.Deserialize(json) : HitRecord.From(Load(doc));
    }

    /// <summary>
    /// Each live practice's completion texts (<see cref="SuggestionIndex.CompletionTexts"/>), from doc values; a version
    /// written before they were kept there gives them from the stored practices, read whole.
    /// </summary>
    public IEnumerable<IEnumerable<SuggestionIndex.Text>> CompletionTexts()
    {
        var bytes = new Lucene.Net.Util.BytesRef();
        foreach (var leaf in _reader.Leaves)
        {
            var live = leaf.AtomicReader.LiveDocs;
            var values = leaf.AtomicReader.GetBinaryDocValues(FieldNames.Completions);
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc)) continue;
                if (values is null)
                {
                    yield return SuggestionIndex.CompletionTexts(Load(leaf.DocBase + doc), Taxonomy);
                    continue;
                }
                values.Get(doc, bytes);
                yield return System.Text.Encoding.UTF8.GetString(bytes.Bytes, bytes.Offset, bytes.Length).Split('\n').Select(SuggestionIndex.Text.FromLine);
            }
        }
    }

    /// <summary>How many live practices have each value of each facet dimension.</summary>
    public IReadOnlyDictionary<(FacetDimension, string), int> FacetUsage()
    {
        var usage = new Dictionary<(FacetDimension, string), int>();
        foreach (var dimension in FacetDimension.All)
        {
            var ordinals = Ordinals[dimension];
            var counts = ordinals.Count(Tables.Live, Tables.LiveCount);
            for (var ordinal = 0; ordinal < counts.Length; ordinal++)
            {
                if (counts[ordinal] > 0) usage[(dimension, ordinals.Labels[ordinal])] = counts[ordinal];
            }
        }
        return usage;
    }

    /// <summary>The document number of a practice, or null for an unknown id.</summary>
    public int? DocumentOf(string id)
    {
        if (string.IsNullOrEmpty(id)) return null;
        var top = Searcher.Search(new TermQuery(new Lucene.Net.Index.Term(FieldNames.Id, id)), 1);
        return top.TotalHits == 0 ? null : top.ScoreDocs[0].Doc;
    }

    /// <summary>
    /// A result list entry for document <paramref name="doc"/> in the reader's language, with the passage that holds
    /// <paramref name="terms"/>; with no terms, its summary instead.
    /// </summary>
    /// <param name="words">The page's lookups of which words each practice holds (one per page of hits and thread).</param>
    public Contracts.SearchHit Hit(int doc, float score, string displayLanguage, HighlightTerms? terms, WordsInPractices? words = null)
    {
        var hit = LoadHit(doc, prose: terms is not null && !terms.IsEmpty, displayLanguage);
        var text = hit.TextIn(displayLanguage);
        Snippet snippet;
        if (terms is null) snippet = SnippetBuilder.Plain(text.Summary);
        else
        {
            var held = (words ?? new WordsInPractices(_reader)).Of(doc);
            snippet = Snippets.Build(text.Language, text.Summary, text.Prose, terms, held);
            if (snippet.Marks.Count == 0 && !terms.IsEmpty && FromAnotherVersion(doc, text.Language, terms, held) is { } other) snippet = other;
        }
        var titleMarks = terms is null ? [] : Snippets.TitleMarks(text.Language, text.Title, terms);
        // A title that shows a word explains the practice as well as a passage does.
        var foundThrough = terms is not null && snippet.Marks.Count == 0 && titleMarks.Count == 0 ? _tags.Of(doc, terms) : [];
        return new Contracts.SearchHit(hit.Id, text.Title, text.Summary, text.Language, snippet,
            hit.Countries, hit.InterventionTypes, hit.StartYear, hit.LastReviewed, float.IsNaN(score) ? 0f : score)
        {
            EvidenceLevel = hit.EvidenceLevel,
            Status = hit.Status,
            Outcomes = hit.Outcomes ?? [],
            TitleMarks = titleMarks,
            FoundThrough = foundThrough,
        };
    }

    // The passage of another version of the practice, with its language, when the words found it there alone: an English
    // reader who types a Portuguese word sees where the Portuguese version holds it rather than an English summary with
    // nothing marked. Not when the shown version's own title, summary or body holds a word (it may stand past the
    // opening a passage reads). A version is read only if its own language's fields hold a word, or if some version
    // holds one as written, accents aside (the folded field holds every version's summary and body), so a practice
    // found through its tags alone is not read again; versions whose own fields hold a word are read first, then the
    // others in their stored order.
    private Snippet? FromAnotherVersion(int doc, string shown, HighlightTerms terms, WordsInPractice held)
    {
        var key = LanguageAnalyzers.KeyOf(shown);
        if (HoldsOwn(key, includeTitle: true)) return null;
        var whole = LoadHit(doc);
        if (whole.Texts.Count < 2) return null;
        var asWritten = terms.FuzzyWords.Count > 0 || terms.Folded.Any(term => held.Has(FieldNames.FoldedText, term))
            || terms.FoldedPrefixes.Any(prefix => held.StartingWith(FieldNames.FoldedText, prefix) is not { Count: 0 });
        var versions = whole.Texts.Where(version => version.Language != shown)
            .Select(version => (Text: version, Own: HoldsOwn(LanguageAnalyzers.KeyOf(version.Language), includeTitle: false)))
            .Where(version => version.Own || asWritten)
            .OrderByDescending(version => version.Own);
        foreach (var (version, _) in versions)
        {
            var snippet = Snippets.Build(version.Language, version.Summary, version.Prose, terms, held);
            if (snippet.Marks.Count > 0) return snippet with { Language = version.Language };
        }
        return null;

        bool HoldsOwn(string languageKey, bool includeTitle) => terms.ForLanguage(languageKey).Any(term =>
            (includeTitle && held.Has(FieldNames.Title(languageKey), term))
            || held.Has(FieldNames.Summary(languageKey), term) || held.Has(FieldNames.Body(languageKey), term));
    }

    public void Dispose()
    {
        _reader.Dispose();
        Snippets.Dispose();
        Analyzer.Dispose();
        _directory.Dispose();
    }
}
