using Lucene.Net.Analysis;

namespace GoodPractices.Search.Indexing;

/// <summary>
/// The one analyzer of an index, used both to write and to query it: each language's fields get that language's
/// analyzer, the folded and label fields the <see cref="FoldingAnalyzer"/>, everything else the standard one.
/// It plays the part of a per-field analyzer wrapper and adds a position gap between the values of one field.
/// </summary>
internal sealed class PracticeAnalyzer : AnalyzerWrapper
{
    private readonly Dictionary<string, Analyzer> _byField = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Analyzer> _byLanguageKey = new(StringComparer.Ordinal);
    private readonly Analyzer _folding = new FoldingAnalyzer();
    private readonly Analyzer _labels = new LabelAnalyzer();

    public PracticeAnalyzer()
        : base(PER_FIELD_REUSE_STRATEGY)
    {
        foreach (var key in LanguageAnalyzers.Keys)
        {
            var analyzer = LanguageAnalyzers.Create(key);
            _byLanguageKey[key] = analyzer;
            _byField[FieldNames.Title(key)] = analyzer;
            _byField[FieldNames.Summary(key)] = analyzer;
            _byField[FieldNames.Body(key)] = analyzer;
            if (FieldNames.LabelLanguages.Contains(key)) _byField[FieldNames.LanguageLabels(key)] = analyzer;
        }
        _byField[FieldNames.FoldedTitle] = _folding;
        _byField[FieldNames.FoldedText] = _folding;
        _byField[FieldNames.Organisation] = _folding;
        _byField[FieldNames.Labels] = _labels;
        _byField[FieldNames.TermText] = _labels;
    }

    /// <summary>The analyzer of the folded fields, for callers that analyze text outside a field.</summary>
    public Analyzer Folding => _folding;

    /// <summary>The analyzer of a language key (see <see cref="LanguageAnalyzers.Keys"/>).</summary>
    public Analyzer ForLanguage(string key) => _byLanguageKey[key];

    protected override Analyzer GetWrappedAnalyzer(string fieldName) =>
        _byField.TryGetValue(fieldName, out var analyzer) ? analyzer : _byLanguageKey[LanguageAnalyzers.Standard];

    public override int GetPositionIncrementGap(string fieldName) => 100;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var analyzer in _byLanguageKey.Values) analyzer.Dispose();
            _folding.Dispose();
            _labels.Dispose();
        }
        base.Dispose(disposing);
    }
}
