using GoodPractices.Search.Contracts;
using GoodPractices.Search.Querying.Reading;

namespace GoodPractices.Search.Tests.Querying.Reading;

public class UserQueryReaderTests
{
    [Theory]
    [InlineData("prison women", "prison AND women")]
    [InlineData("prison \"needle exchange\" -women", "prison AND \"needle exchange\" NOT women")]
    [InlineData("housing OR employment", "housing OR employment")]
    [InlineData("prison (women OR mothers)", "prison AND (women OR mothers)")]
    [InlineData("prison AND NOT women", "prison NOT women")]
    [InlineData("treat*", "treat*")]
    [InlineData("“curly quotes”", "\"curly quotes\"")]
    [InlineData("+required word", "+required AND word")]
    [InlineData("prison, women.", "prison AND women")]
    [InlineData("country:it group:women prison", "prison country:IT group:women")]
    [InlineData("title:\"drug court\" org:SICAD", "title:\"drug court\" AND org:SICAD")]
    [InlineData("covid:19", "covid AND 19")]
    [InlineData("drug - prison", "drug AND prison")]
    [InlineData("HIV/AIDS prison", "HIV AND AIDS AND prison")]
    [InlineData("drug/alcohol treatment 24/7", "drug AND alcohol AND treatment AND 24 AND 7")]
    public void AQueryIsUnderstoodAsWritten(string query, string understood)
    {
        var parsed = UserQueryReader.Read(query);

        Assert.Equal(understood, parsed.Understood);
        Assert.False(parsed.ReadAsPlainWords);
        Assert.Empty(parsed.Notices);
    }

    [Theory]
    [InlineData("drug AND (", "drug")]
    [InlineData("\"unbalanced words", "unbalanced AND words")]
    [InlineData("country:IT OR women", "country AND IT AND women")]
    [InlineData("country:IT/PT", "country AND IT AND PT")]
    public void MalformedSyntaxIsUnderstoodAsItsWords(string query, string understood)
    {
        var parsed = UserQueryReader.Read(query);

        Assert.Equal(understood, parsed.Understood);
        Assert.True(parsed.ReadAsPlainWords);
    }

    [Fact]
    public void AFacetPrefixAcceptsSeveralValues()
    {
        var parsed = UserQueryReader.Read("country:PT,IT");

        Assert.Equal(["PT", "IT"], parsed.Filters.Single().Value);
    }

    // Shapes once shown back in a form that, typed again, meant something else.
    [Theory]
    [InlineData("-(+prison)", "-prison")]
    [InlineData("NOT (-women)", "-(-women)")]
    [InlineData("prison;OR", "prison")]
    [InlineData("prison (women mothers) -heroin", "prison (women mothers) -heroin")]
    [InlineData("prison -heroin women", "prison -heroin women")]
    [InlineData("drug AND (prison;women)", "drug AND (prison women)")]
    public void WhatIsShownBackReadsAgainAsTheSameQuery(string query, string typed)
    {
        var parsed = UserQueryReader.Read(query);
        var again = UserQueryReader.Read(parsed.Typed);

        Assert.Equal(typed, parsed.Typed);
        Assert.False(again.ReadAsPlainWords);
        Assert.Equal(parsed.Understood, again.Understood);
    }

    [Fact]
    public void AQueryTooLongIsCutAtTheSameWordWhenTypedAgain()
    {
        // Sixty words, a token of three words joined by ';', a group and a filter: the cut falls inside the token
        // and inside the group, and the filter is kept.
        var words = string.Join(' ', Enumerable.Range(1, 62).Select(i => $"w{i}"));
        var query = $"country:IT {words} (one;two;three four) five";

        var parsed = UserQueryReader.Read(query);
        var again = UserQueryReader.Read(parsed.Typed);

        Assert.Contains(parsed.Notices, n => n.Kind == SearchNoticeKind.QueryTooLong);
        Assert.EndsWith("(one two) country:IT", parsed.Typed);
        Assert.DoesNotContain("three", parsed.Understood);
        Assert.Equal(parsed.Understood, again.Understood);
        Assert.Equal(["IT"], again.Filters.Single().Value);
    }
}
