using GoodPractices.Core.Corpus;
using GoodPractices.Search.Storage;
using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Countries;

/// <summary>A deployed site reads national contexts from the index version it serves, not from the Markdown files.</summary>
public sealed class ContextInIndexTests
{
    [Fact]
    public async Task AnIndexVersionCarriesTheNationalContextsItWasBuiltWith()
    {
        using var practices = Fixtures.CopyOfPractices();
        using var index = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(practices.Path, "countries"));
        await File.WriteAllTextAsync(Path.Combine(practices.Path, "countries", "ie.md"),
            "---\ncountry: IE\nlanguage: en\nlast_reviewed: 2026-11-30\nsources:\n  - title: Ireland report\n    year: 2019\n---\n"
            + "Possession is a criminal offence in Ireland. Dublin has a drug treatment court. Prisons offer methadone.\n");
        var loaded = CorpusLoader.LoadDirectory(practices.Path);
        Assert.False(loaded.HasErrors, string.Join('\n', loaded.Diagnostics));
        IndexStore.WriteVersion(index.Path, loaded.Corpus);
        // The Markdown is gone: what the site shows can only come from the index version.
        Directory.Delete(Path.Combine(practices.Path, "countries"), recursive: true);

        await using var site = SiteFactory.OverIndex(index.Path);
        var (_, _, page) = await Html.GetAsync(site.Client(), "/countries/ie");

        Assert.StartsWith("Possession is a criminal offence in Ireland.",
            page.QuerySelector("section.national-context .context-body")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("Ireland report", page.QuerySelector(".context-sources cite")!.TextContent);
    }
}
