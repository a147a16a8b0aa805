using GoodPractices.Search.Querying;
using GoodPractices.Search.Tests.Support;

namespace GoodPractices.Search.Tests.Querying;

/// <summary>
/// The term-at-a-time reader of plain queries must find the same practices as Lucene's scorers and rank them in
/// the same order: it replaces them on the commonest queries only because it is faster.
/// </summary>
public class TermAtATimeTests
{
    private static readonly Lazy<PracticeIndex> Index = new(() => TestIndex.Internals(RandomCorpus.Generate(400, seed: 5), commitEvery: 90));

    [Theory]
    [InlineData("prison")]
    [InlineData("prison treatment")]
    [InlineData("women housing practice")]
    [InlineData("the court of women")]
    [InlineData("treatment -women -court")]
    [InlineData("prison zzzunheardof")]
    [InlineData("prisão")]
    [InlineData("Italy")]
    [InlineData("prison OR court")]
    [InlineData("housing OR employment OR women")]
    public void FindsTheSamePracticesAsLucenesScorersAndScoresThemTheSame(string text)
    {
        var index = Index.Value;
        var query = new TextQueryBuilder(index.Analyzer).Build(UserQueryReader.Read(text).Root)!;
        using var scored = TextMatches.CollectWithScorers(index.Searcher, query, score: true);
        var docs = Docs(scored);

        // With norms read once per index (the search's way), and through Lucene's similarity per posting.
        foreach (var norms in new[] { index.Norms, null })
        {
            using var read = TermAtATime.TryCollect(index.Searcher, query, score: true, norms);

            Assert.NotNull(read);
            Assert.Equal(docs, Docs(read));
            // Both leave out query normalisation; only the order of additions differs.
            Assert.All(docs, d => Assert.Equal(scored.Scores![d], read.Scores![d], 0.0001f * scored.Scores![d]));
        }
    }

    [Fact]
    public void WithoutScoresFindsTheSamePractices()
    {
        var index = Index.Value;
        var query = new TextQueryBuilder(index.Analyzer).Build(UserQueryReader.Read("court treatment -prison").Root)!;

        using var read = TermAtATime.TryCollect(index.Searcher, query, score: false);
        using var scored = TextMatches.CollectWithScorers(index.Searcher, query, score: false);

        Assert.NotEmpty(Docs(scored));
        Assert.Equal(Docs(scored), Docs(read!));
        Assert.Null(read!.Scores);
    }

    [Fact]
    public void SearchesInARowAndAtOnceGetWhatEachGetsAlone()
    {
        // Each search reuses the term cursors of earlier ones, scored or not, and two at once must never share them.
        var index = Index.Value;
        string[] texts = ["prison", "court treatment -prison", "women OR housing", "prison OR court", "the court of women", "Italy", "prison treatment"];
        var alone = texts.ToDictionary(t => t, t => Read(index, t, score: true));
        var withoutScores = texts.ToDictionary(t => t, t => Read(index, t, score: false).Docs);

        Parallel.For(0, 240, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var text = texts[i % texts.Length];
            var score = i % 3 != 0;
            var read = Read(index, text, score);
            Assert.Equal(score ? alone[text].Docs : withoutScores[text], read.Docs);
            if (score) Assert.Equal(alone[text].Scores, read.Scores);
        });
    }

    private static (List<int> Docs, List<float> Scores) Read(PracticeIndex index, string text, bool score)
    {
        var query = new TextQueryBuilder(index.Analyzer).Build(UserQueryReader.Read(text).Root)!;
        using var read = TermAtATime.TryCollect(index.Searcher, query, score, index.Norms)!;
        var docs = Docs(read);
        Assert.True(docs.Count > 0, $"{text} ({score}) matches nothing");
        return (docs, score ? docs.Select(d => read.Scores![d]).ToList() : []);
    }

    [Theory]
    [InlineData("\"prison treatment\"")]
    [InlineData("prison (court OR women)")]
    [InlineData("treat*")]
    public void LeavesOtherShapesOfQueryToLucene(string text)
    {
        var index = Index.Value;
        var query = new TextQueryBuilder(index.Analyzer).Build(UserQueryReader.Read(text).Root)!;

        Assert.Null(TermAtATime.TryCollect(index.Searcher, query, score: true));
    }

    private static List<int> Docs(TextMatches matches)
    {
        var docs = new List<int>();
        for (var doc = 0; doc < matches.Docs.Length; doc++)
        {
            if (matches.Docs.Get(doc)) docs.Add(doc);
        }
        return docs;
    }
}
