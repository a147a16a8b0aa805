namespace GoodPractices.Core.Tests.Corpus;

/// <summary>Entries for the world or a continent are international, not filed under the country that hosts them.</summary>
public sealed class InternationalScopeTests
{
    [Fact]
    public void AnInternationalEntryMayNameNoCountry()
    {
        using var corpus = new TempCorpus().With("international/int-handbook.md",
            TempCorpus.Practice("int-handbook", countries: "[]", scope: "international"));

        var result = corpus.Load();

        Assert.Empty(TempCorpus.Brief(result));
        Assert.Empty(Assert.Single(result.Corpus.Practices).Countries);
    }

    [Fact]
    public void AnInternationalEntryMayLeaveTheCountriesOut()
    {
        var text = TempCorpus.Practice("int-network", scope: "international").Replace("countries: [IT]\n", "", StringComparison.Ordinal);
        using var corpus = new TempCorpus().With("international/int-network.md", text);

        var result = corpus.Load();

        Assert.Empty(TempCorpus.Brief(result));
        Assert.Equal("international", Assert.Single(result.Corpus.Practices).Scope);
    }

    [Fact]
    public void AnInternationalEntryKeepsTheCountriesItNames()
    {
        using var corpus = new TempCorpus().With("international/int-side-event.md",
            TempCorpus.Practice("int-side-event", countries: "[IT, MX]", scope: "international"));

        Assert.Equal(["IT", "MX"], Assert.Single(corpus.Load().Corpus.Practices).Countries);
    }

    [Theory]
    [InlineData("national")]
    [InlineData("multinational")]
    public void AnyOtherScopeStillNeedsACountryAtTheLineOfTheList(string scope)
    {
        using var corpus = new TempCorpus().With("it/it-nowhere.md", TempCorpus.Practice("it-nowhere", countries: "[]", scope: scope));

        var result = corpus.Load();

        Assert.Equal(["it/it-nowhere.md:8:12: error GP003"], TempCorpus.Brief(result));
        Assert.Empty(result.Corpus.Practices);
    }
}
