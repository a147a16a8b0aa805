using GoodPractices.Search.Indexing;
using GoodPractices.Search.Querying.Matching;
using GoodPractices.Search.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GoodPractices.Search.Tests.Querying.Matching;

/// <summary>
/// A version in several segments is searched a segment per core at once, and a version of one segment a range of its
/// documents per core (<see cref="SegmentMatch"/>); every word's best field is found by the project's own scorer
/// (<see cref="BestOfScorer"/>): none of it may change what a reader is shown, down to the order of hits that score alike.
/// </summary>
public class SegmentedSearchTests
{
    private static readonly IReadOnlyList<Core.Content.Practice> Corpus = RandomCorpus.Generate(300, seed: 20261207);

    private static readonly Sort ByScoreThenReviewed = new(SortField.FIELD_SCORE, new SortField(FieldNames.LastReviewed, SortFieldType.INT64, reverse: true));

    private static Query Word(string word, bool ours)
    {
        DisjunctionMaxQuery best = ours ? new BestOfQuery(0.1f) : new DisjunctionMaxQuery(0.1f);
        best.Add(new TermQuery(new Term(FieldNames.FoldedTitle, word)) { Boost = 2.5f });
        best.Add(new TermQuery(new Term(FieldNames.FoldedText, word)) { Boost = 0.8f });
        best.Add(new TermQuery(new Term(FieldNames.Body("en"), word)));
        best.Add(new TermQuery(new Term(FieldNames.Body("fr"), word)));
        best.Add(new TermQuery(new Term(FieldNames.Labels, word)) { Boost = 1.1f });
        best.Add(new TermQuery(new Term(FieldNames.TermText, word)) { Boost = 0.5f });
        foreach (var language in new[] { "en", "fr", "it" })
        {
            best.Add(new TermQuery(new Term(FieldNames.Title(language), word)) { Boost = 3f });
            best.Add(new TermQuery(new Term(FieldNames.Summary(language), word)) { Boost = 1.5f });
        }
        return best;
    }

    private static Query Words(bool ours, params string[] words)
    {
        if (words.Length == 1) return Word(words[0], ours);
        var all = new BooleanQuery(disableCoord: true);
        foreach (var word in words) all.Add(Word(word, ours), Occur.MUST);
        return all;
    }

    private static readonly string[][] Searches =
        [["prison"], ["practice"], ["women", "court"], ["treatment", "probation", "family"], ["mentoring", "nowhere"]];

    [Fact]
    public void SegmentsSearchedAtOnceGiveWhatOneSearchOverThemAllGives()
    {
        using var index = TestIndex.Internals(Corpus, commitEvery: 45);
        Assert.True(index.Reader.Leaves.Count > 2);
        var accepted = new FixedBitSet(index.Reader.MaxDoc);
        for (var doc = 0; doc < index.Reader.MaxDoc; doc += 3) accepted.Set(doc);

        foreach (var words in Searches)
        {
            foreach (var (filter, size) in new[] { ((FixedBitSet?)null, 20), (accepted, 20), (null, Corpus.Count) })
            {
                var query = Words(true, words);
                var top = TopFieldCollector.Create(ByScoreThenReviewed, size, fillFields: true, trackDocScores: true,
                    trackMaxScore: false, docsScoredInOrder: false);
                var one = new MatchCollector(index.Reader.MaxDoc, filter, top);
                index.Searcher.Search(query, one);
                var expected = top.GetTopDocs();

                var (docs, actual) = SegmentMatch.Run(index.Searcher, index.Reader, query, filter, ByScoreThenReviewed, size);

                Assert.True(one.Docs.Equals(docs), $"{string.Join(' ', words)}: the same matches");
                Assert.Equal(expected.TotalHits, actual!.TotalHits);
                Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), actual.ScoreDocs.Select(d => (d.Doc, d.Score)));
            }
        }
    }

    [Fact]
    public void OneSegmentCutIntoRangesForSeveralCoresGivesWhatOnePassGives()
    {
        using var index = TestIndex.Internals(Corpus, commitEvery: Corpus.Count);
        Assert.Single(index.Reader.Leaves);
        var share = new CoreShare(3, MinDocsPerRange: 50);
        var terms = new TermLookup(index.Reader);
        var accepted = new FixedBitSet(index.Reader.MaxDoc);
        for (var doc = 0; doc < index.Reader.MaxDoc; doc += 3) accepted.Set(doc);

        foreach (var words in Searches)
        {
            // The words, and the words with the start of one still being typed, which every range reads from one bit set.
            var typing = new BooleanQuery(disableCoord: true)
            {
                { Words(true, words), Occur.MUST },
                { terms.WordsStarting(new Term(FieldNames.FoldedText, words[^1][..3]), 0.5f), Occur.SHOULD },
            };
            foreach (var query in new[] { Words(true, words), typing })
            {
                Assert.Equal(3, SegmentMatch.Parts(index.Reader, index.Searcher.CreateNormalizedWeight(query), share).Count);
                foreach (var (filter, size) in new[] { ((FixedBitSet?)null, 20), (accepted, 20), (null, Corpus.Count) })
                {
                    var (expectedDocs, expected) = SegmentMatch.Run(index.Searcher, index.Reader, query, filter, ByScoreThenReviewed, size);
                    var (docs, actual) = SegmentMatch.Run(index.Searcher, index.Reader, query, filter, ByScoreThenReviewed, size, share);

                    Assert.True(expectedDocs.Equals(docs), $"{string.Join(' ', words)}: the same matches");
                    Assert.Equal(expected!.TotalHits, actual!.TotalHits);
                    Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), actual.ScoreDocs.Select(d => (d.Doc, d.Score)));
                }
            }
        }
    }

    [Fact]
    public void TheBestFieldOfAWordScoresAsLucenesOwnDisjunctionDoesButForRounding()
    {
        using var index = TestIndex.Internals(Corpus, commitEvery: 70);

        foreach (var words in Searches)
        {
            var theirs = index.Searcher.Search(Words(false, words), Corpus.Count);
            var ours = index.Searcher.Search(Words(true, words), Corpus.Count);

            // The same matches with the same scores, but for rounding: Lucene adds a match's field scores in single
            // precision, in the order its heap happens to hold them (see BestOfScorer).
            Assert.Equal(theirs.TotalHits, ours.TotalHits);
            var expected = theirs.ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
            Assert.Equal(expected.Keys.Order(), ours.ScoreDocs.Select(d => d.Doc).Order());
            foreach (var hit in ours.ScoreDocs)
            {
                Assert.True(Math.Abs(hit.Score - expected[hit.Doc]) <= 1e-6f * expected[hit.Doc], $"{string.Join(' ', words)}: document {hit.Doc} scores {hit.Score}, Lucene {expected[hit.Doc]}");
            }
        }
        Assert.True(index.Searcher.Search(Words(true, "women", "court"), 1).TotalHits > 0);
    }
}
