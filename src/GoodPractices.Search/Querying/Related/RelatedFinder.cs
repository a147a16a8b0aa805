using GoodPractices.Core.Content;
using GoodPractices.Search.Contracts;
using GoodPractices.Search.Indexing;
using GoodPractices.Search.Querying.Snippets;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Term = Lucene.Net.Index.Term;

namespace GoodPractices.Search.Querying.Related;

/// <summary>
/// What to read after a practice: the entries its authors listed as related, then the entries most alike in
/// text (MoreLikeThis over each of its languages) and in facets (shared interventions, groups, countries, ...).
/// </summary>
internal sealed class RelatedFinder
{
    public const int MaxRelated = 50;

    // How much a shared facet value counts next to similar text; interventions say most about a practice.
    private static readonly (FacetDimension Dimension, float Boost)[] SharedFacets =
    [
        (FacetDimension.Intervention, 0.6f), (FacetDimension.Group, 0.4f), (FacetDimension.Stage, 0.2f),
        (FacetDimension.Setting, 0.2f), (FacetDimension.Country, 0.2f),
    ];

    private readonly PracticeIndex _index;

    public RelatedFinder(PracticeIndex index) => _index = index;

    public IReadOnlyList<SearchHit> Find(string id, int max, string displayLanguage)
    {
        max = Math.Clamp(max, 0, MaxRelated);
        if (max == 0 || _index.DocumentOf(id) is not { } doc) return [];
        var practice = _index.Load(doc);
        var noTerms = new HighlightTerms();
        var hits = new List<SearchHit>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { id };

        foreach (var relatedId in practice.Related)
        {
            if (hits.Count == max) return hits;
            if (seen.Add(relatedId) && _index.DocumentOf(relatedId) is { } relatedDoc)
            {
                hits.Add(_index.Hit(relatedDoc, 0f, displayLanguage, noTerms));
            }
        }
        if (hits.Count == max) return hits;

        var query = SimilarTo(practice);
        foreach (var excluded in seen) query.Add(new TermQuery(new Term(FieldNames.Id, excluded)), Occur.MUST_NOT);
        foreach (var scoreDoc in _index.Searcher.Search(query, max - hits.Count).ScoreDocs)
        {
            hits.Add(_index.Hit(scoreDoc.Doc, scoreDoc.Score, displayLanguage, noTerms));
        }
        return hits;
    }

    private BooleanQuery SimilarTo(Practice practice)
    {
        var query = new BooleanQuery();
        var texts = practice.Translations.Select(t => (t.Language, t.Title, t.Summary, t.Body))
            .Prepend((practice.Language, practice.Title, practice.Summary, practice.Body));
        foreach (var (language, title, summary, body) in texts)
        {
            var key = LanguageAnalyzers.KeyOf(language);
            var moreLikeThis = new MoreLikeThis(_index.Reader)
            {
                Analyzer = _index.Analyzer,
                // Each word's rarity is looked up in these fields, one seek each, and the word is matched in the one
                // where it is commonest: always the body. Asking the title and summary as well tripled the seeks of a
                // practice page (pt-dissuasion-commissions, in five languages: 38 to 42 ms, against 18 to 20 ms), and
                // gave the same related practices for every entry of the corpus.
                FieldNames = [FieldNames.Body(key)],
                MinTermFreq = 1,
                MinDocFreq = 1,
                MinWordLen = 3,
                MaxQueryTerms = 25,
            };
            var text = $"{title}\n{summary}\n{Core.Rendering.MarkdownRenderer.ToPlainText(body)}";
            query.Add(moreLikeThis.Like(new StringReader(text), FieldNames.Body(key)), Occur.SHOULD);
        }
        foreach (var (dimension, boost) in SharedFacets)
        {
            foreach (var value in FacetValues.Of(practice, dimension, _index.Taxonomy))
            {
                var shared = new ConstantScoreQuery(new TermQuery(new Term(FieldNames.Filter(dimension), value))) { Boost = boost };
                query.Add(shared, Occur.SHOULD);
            }
        }
        return query;
    }
}
