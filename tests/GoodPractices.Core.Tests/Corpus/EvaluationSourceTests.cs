namespace GoodPractices.Core.Tests.Corpus;

/// <summary>An evidence level above "promising, unevaluated" points at the source that evaluated the practice.</summary>
public sealed class EvaluationSourceTests
{
    [Theory]
    [InlineData("systematic-review")]
    [InlineData("rigorous-evaluation")]
    [InlineData("evaluated-outcomes")]
    [InlineData("process-evaluation")]
    public void AnEvaluatedLevelWithNoSourceMarkedAsTheEvaluationWarnsAtTheLevel(string level)
    {
        using var corpus = new TempCorpus().With("it/it-claimed.md", TempCorpus.Practice("it-claimed", level: level));

        var result = corpus.Load();

        Assert.Equal(["it/it-claimed.md:17:10: warning GP025"], TempCorpus.Brief(result));
        Assert.Contains("evaluation: true", result.Diagnostics[0].Message, StringComparison.Ordinal);
        // A warning, not an error: the entry is still published.
        Assert.Single(result.Corpus.Practices);
    }

    [Fact]
    public void MarkingTheEvaluationSourceSilencesTheWarningAndIsKept()
    {
        using var corpus = new TempCorpus().With("it/it-evaluated.md",
            TempCorpus.Practice("it-evaluated", level: "evaluated-outcomes", sourceExtra: "evaluation: true"));

        var result = corpus.Load();

        Assert.Empty(TempCorpus.Brief(result));
        Assert.True(Assert.Single(Assert.Single(result.Corpus.Practices).Sources).Evaluation);
    }

    [Theory]
    [InlineData("promising-unevaluated")]
    [InlineData("mixed-or-null")]
    public void ALevelThatClaimsNoEvaluationNeedsNone(string level)
    {
        using var corpus = new TempCorpus().With("it/it-modest.md", TempCorpus.Practice("it-modest", level: level));

        var result = corpus.Load();

        Assert.Empty(TempCorpus.Brief(result));
        Assert.False(Assert.Single(Assert.Single(result.Corpus.Practices).Sources).Evaluation);
    }

    [Fact]
    public void AnEvaluationFlagThatIsNotTrueOrFalseIsAnErrorAtItsValue()
    {
        using var corpus = new TempCorpus().With("it/it-flag.md", TempCorpus.Practice("it-flag", sourceExtra: "evaluation: maybe"));

        var result = corpus.Load();

        Assert.Equal(["it/it-flag.md:23:17: error GP004"], TempCorpus.Brief(result));
        Assert.Equal("'sources[1].evaluation' must be true or false.", result.Diagnostics[0].Message);
    }
}
