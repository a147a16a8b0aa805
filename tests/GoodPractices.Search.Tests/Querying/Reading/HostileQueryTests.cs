using GoodPractices.Search.Contracts;
using GoodPractices.Search.Tests.Support;

namespace GoodPractices.Search.Tests.Querying.Reading;

public class HostileQueryTests
{
    private static IPracticeSearcher Index() => TestIndex.Of(
        Practices.Make("a", title: "Drug treatment in prison", body: "Drug treatment for people in prison. " + Practices.Filler),
        Practices.Make("b", title: "Housing after release", body: "Housing support for people leaving prison. " + Practices.Filler));

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("drug AND (")]
    [InlineData("*:*")]
    [InlineData("drug )")]
    [InlineData("OR drug")]
    [InlineData("drug OR")]
    [InlineData("AND")]
    [InlineData("NOT")]
    [InlineData("drug~2 prison^3")]
    [InlineData("[2000 TO 2010]")]
    [InlineData("drug && || prison")]
    [InlineData("{}[]\\")]
    public void MalformedSyntaxIsSearchedAsPlainWordsWithANotice(string query)
    {
        using var index = Index();

        var results = index.Search(query);

        Assert.True(results.Query.ReadAsPlainWords);
        Assert.Contains(results.Notices, n => n.Kind == SearchNoticeKind.QueryReadAsPlainWords);
    }

    [Fact]
    public void AnUnclosedQuoteStillFindsTheWords()
    {
        using var index = Index();

        Assert.Equal(["b"], index.Search("\"housing release").Ids());
    }

    [Fact]
    public void AnUnclosedParenthesisStillFindsTheWords()
    {
        using var index = Index();

        Assert.Equal(["a"], index.Search("drug AND (").Ids());
    }

    [Theory]
    [InlineData("*ison")]
    [InlineData("?rison")]
    [InlineData("/re.*x/")]
    [InlineData("/pris[aeo]n/")]
    public void LeadingWildcardsAndRegularExpressionsAreRefusedWithANotice(string query)
    {
        using var index = Index();

        var results = index.Search(query);

        Assert.Contains(results.Notices, n => n.Kind == SearchNoticeKind.QueryFeatureRefused);
        Assert.True(results.Query.ReadAsPlainWords);
    }

    [Fact]
    public void AVeryLongQueryIsCutWithANotice()
    {
        using var index = Index();
        var query = string.Join(' ', Enumerable.Repeat("prison", 5000));

        var results = index.Search(query);

        Assert.Contains(results.Notices, n => n.Kind == SearchNoticeKind.QueryTooLong);
        Assert.Equal(2, results.TotalHits);
    }

    [Fact]
    public void AVeryLongQueryOfDistinctWordsIsCutToTheTermLimit()
    {
        using var index = Index();
        var query = "prison " + string.Join(' ', Enumerable.Range(0, 5000).Select(i => "word" + i));

        var results = index.Search(query);

        Assert.Contains(results.Notices, n => n.Kind == SearchNoticeKind.QueryTooLong);
        Assert.True(results.Query.Understood.Split(" AND ").Length <= 64);
    }

    [Fact]
    public void DeeplyNestedParenthesesAreReadAsWords()
    {
        using var index = Index();
        var query = new string('(', 3000) + "housing" + new string(')', 3000);

        var results = index.Search(query);

        Assert.Equal(["b"], results.Ids());
        Assert.True(results.Query.ReadAsPlainWords);
    }

    [Fact]
    public void ModeratelyNestedParenthesesAreUnderstood()
    {
        using var index = Index();

        var results = index.Search("((housing OR drug) (prison))");

        Assert.Equal(2, results.TotalHits);
        Assert.False(results.Query.ReadAsPlainWords);
    }

    [Fact]
    public void AnEnormousWordDoesNotBreakTheSearch()
    {
        using var index = Index();

        var results = index.Search(new string('a', 20000));

        Assert.Equal(0, results.TotalHits);
        Assert.Contains(results.Notices, n => n.Kind == SearchNoticeKind.QueryTooLong);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("-")]
    [InlineData("!!!")]
    [InlineData("\"\"")]
    [InlineData("()")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("country:")]
    [InlineData("-country:PT")]
    [InlineData("\0\u0001\uFFFF")]
    [InlineData("\ud800")]
    public void OddQueriesNeverThrow(string? query)
    {
        using var index = Index();

        var results = index.Search(query);

        // A usable answer: a count no larger than the corpus and a first page that shows what it counts.
        Assert.InRange(results.TotalHits, 0, 2);
        Assert.Equal(results.TotalHits, results.Hits.Count);
        Assert.Equal(results.TotalHits, results.Hits.Select(h => h.Id).Distinct().Count());
    }

    [Fact]
    public void AnEmptyQueryFindsEveryPracticeWithoutNotices()
    {
        using var index = Index();

        var results = index.Search("");

        Assert.Equal(2, results.TotalHits);
        Assert.Empty(results.Notices);
        Assert.False(results.Query.ReadAsPlainWords);
    }
}
