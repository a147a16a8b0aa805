using GoodPractices.Search.Contracts;
using GoodPractices.Search.Querying;
using GoodPractices.Search.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GoodPractices.Search.Tests.Querying;

/// <summary>
/// The bonus for words that stand together leaves out the fields where a word is in no practice; the best hits
/// must come out in the same order with the same scores as with every field checked.
/// </summary>
public class ProximityBonusTests
{
    private static readonly Lazy<PracticeIndex> Index = new(() => TestIndex.Internals(RandomCorpus.Generate(400, seed: 21), commitEvery: 90));

    [Theory]
    [InlineData("prison treatment")]
    [InlineData("housing prison")]
    [InlineData("practice on prison")]
    [InlineData("translated summary")]
    [InlineData("court prison -women")]
    public void FieldsWhereAWordIsInNoPracticeAreLeftOutWithoutChangingTheBestHits(string text)
    {
        var index = Index.Value;
        var root = UserQueryReader.Read(text).Root;
        var builder = new TextQueryBuilder(index.Analyzer);
        var docFreqs = new Dictionary<Term, int>();
        using var matches = TextMatches.Collect(index.Searcher, builder.Build(root)!, score: true, index.Norms, docFreqs);
        var order = index.Tables.Order(SearchSort.Relevance, "en");
        var best = Ranking.ByScore(matches.Docs, matches.Scores!, order, 50);
        Assert.True(best.Length >= 5, $"'{text}' matched only {best.Length} practices");

        var full = builder.ProximityBonus(root)!;
        var pruned = builder.ProximityBonus(root, docFreqs)!;
        var (fullDocs, fullScores) = Rescored(index, full, best, matches.Scores!, order);
        var (prunedDocs, prunedScores) = Rescored(index, pruned, best, matches.Scores!, order);

        Assert.True(Phrases(pruned) < Phrases(full), $"nothing was left out of {full}");
        Assert.True(fullScores.Sum() > best.Sum(d => matches.Scores![d]), $"no practice of '{text}' has its words together");
        Assert.Equal(fullDocs, prunedDocs);
        Assert.Equal(fullScores, prunedScores);
    }

    private static (int[] Docs, float[] Scores) Rescored(PracticeIndex index, Query bonus, int[] best, float[] scores, DocumentOrder order)
    {
        var docs = (int[])best.Clone();
        var rescored = Array.ConvertAll(docs, d => scores[d]);
        Ranking.Rescore(index.Searcher, bonus, docs, rescored, order);
        return (docs, rescored);
    }

    private static int Phrases(Query query) => query switch
    {
        BooleanQuery boolean => boolean.Clauses.Sum(c => Phrases(c.Query)),
        DisjunctionMaxQuery best => best.Disjuncts.Sum(Phrases),
        PhraseQuery => 1,
        _ => 0,
    };
}
