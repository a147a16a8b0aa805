using GoodPractices.Core.Corpus;

namespace GoodPractices.Web.Tests.Infrastructure;

public sealed class FixtureCorpusTests
{
    [Fact]
    public void TheFixtureCorpusIsValidSoEveryEntryReachesTheIndex()
    {
        var result = CorpusLoader.LoadDirectory(Fixtures.PracticesPath);

        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(6, result.Corpus.Practices.Count);
        Assert.Single(result.Corpus.Find("pt-dissuasion-commissions")!.Translations);
    }
}
