using GoodPractices.Search.Indexing;
using GoodPractices.Search.Querying.Matching;
using GoodPractices.Search.Querying.Reading;
using GoodPractices.Search.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GoodPractices.Search.Tests.Querying.Matching;

/// <summary>
/// A search looks each of its terms up once (<see cref="TermLookup"/>), and a term no practice holds is left out of
/// the weighing: the reader must be shown exactly what Lucene looking every term up itself would show.
/// </summary>
public class TermLookupTests
{
    private static readonly IReadOnlyList<Core.Content.Practice> Corpus = RandomCorpus.Generate(300, seed: 20261208);

    // Plain words, words in some segments' languages only, a phrase, a word no practice holds beside one they do, a
    // place, a typing mistake, a word still being typed.
    private static readonly string[] Searches =
    [
        "prison", "women court", "treatment probation family", "\"practice on prison\"", "mentoring zzyzx", "Italy prison",
        "probaton", "employ", "court women housing outreach",
    ];

    [Fact]
    public void TermsLookedUpOnceScoreAsLuceneLookingThemUpItself()
    {
        using var index = TestIndex.Internals(Corpus, commitEvery: 45);
        Assert.True(index.Reader.Leaves.Count > 2);
        var absent = 0;

        foreach (var search in Searches)
        {
            foreach (var (fuzzy, complete) in new[] { (false, false), (false, true), (true, false) })
            {
                var root = UserQueryReader.Read(search).Root;
                var lookup = new TermLookup(index.Reader);
                var plain = new TextQueryBuilder(index.Analyzer, index.Places, fuzzy) { Translations = index.Translations }.Plan(root, complete);
                var looked = new TextQueryBuilder(index.Analyzer, index.Places, fuzzy) { Translations = index.Translations, Lookup = lookup }
                    .Plan(root, complete);
                absent += looked.Strict!.ToString().Split("absent(").Length - 1;

                foreach (var (theirs, ours) in new[] { (plain.Strict, looked.Strict), (plain.MostWords, looked.MostWords), (plain.Together, looked.Together) })
                {
                    Assert.Equal(theirs is null, ours is null);
                    if (theirs is null) continue;
                    var expected = index.Searcher.Search(theirs, Corpus.Count);
                    var actual = index.Searcher.Search(ours!, Corpus.Count);
                    Assert.Equal(expected.TotalHits, actual.TotalHits);
                    Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), actual.ScoreDocs.Select(d => (d.Doc, d.Score)));
                }
            }
        }
        // The searches did meet terms that no segment holds (most words are in few of the languages' fields).
        Assert.True(absent > 0);
    }

    [Fact]
    public void AWordNoPracticeHoldsStillMakesARequiredWordMissing()
    {
        using var index = TestIndex.Internals(Corpus, commitEvery: 45);
        var lookup = new TermLookup(index.Reader);
        var builder = new TextQueryBuilder(index.Analyzer, index.Places) { Lookup = lookup };

        Assert.False(lookup.Holds(new Term(FieldNames.FoldedText, "zzyzx")));
        Assert.True(lookup.Holds(new Term(FieldNames.FoldedText, "prison")));
        Assert.Equal(0, index.Searcher.Search(builder.Plan(UserQueryReader.Read("zzyzx").Root).Strict!, 10).TotalHits);
        // Every word required: the absent word does not drop out and leave every practice on prisons matching.
        Assert.Equal(0, index.Searcher.Search(builder.Plan(UserQueryReader.Read("prison zzyzx").Root).Strict!, 10).TotalHits);
        Assert.True(index.Searcher.Search(builder.Plan(UserQueryReader.Read("prison").Root).Strict!, 10).TotalHits > 0);
    }
}
