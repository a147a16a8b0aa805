namespace GoodPractices.Web.Tests.Infrastructure;

/// <summary>Where the fixture corpus lies, and copies of it a test may change.</summary>
public static class Fixtures
{
    public static string PracticesPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "practices");

    /// <summary>A private copy of the fixture corpus in a fresh temporary folder.</summary>
    public static TempDirectory CopyOfPractices()
    {
        var temp = new TempDirectory();
        foreach (var file in Directory.EnumerateFiles(PracticesPath, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(temp.Path, Path.GetRelativePath(PracticesPath, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return temp;
    }

    /// <summary>
    /// An index of the fixture corpus with its multinational naloxone practice (<c>eu-naloxone-on-release</c>) made one
    /// of no country, as an international network or a UN handbook is.
    /// </summary>
    public static async Task<BuiltCorpus> WithPracticeOfNoCountry()
    {
        var corpus = new BuiltCorpus(CopyOfPractices(), new TempDirectory());
        try
        {
            var file = Path.Combine(corpus.Practices.Path, "international", "eu-naloxone-on-release.md");
            var text = await File.ReadAllTextAsync(file);
            const string Countries = "countries: [CZ, PT]\nscope: multinational";
            if (!text.Contains(Countries, StringComparison.Ordinal)) throw new InvalidOperationException("the fixture's countries changed: " + file);
            await File.WriteAllTextAsync(file, text.Replace(Countries, "countries: []\nscope: international", StringComparison.Ordinal));
            var loaded = GoodPractices.Core.Corpus.CorpusLoader.LoadDirectory(corpus.Practices.Path);
            if (loaded.HasErrors) throw new InvalidOperationException(string.Join('\n', loaded.Diagnostics));
            GoodPractices.Search.Storage.IndexStore.WriteVersion(corpus.Index.Path, loaded.Corpus);
            return corpus;
        }
        catch
        {
            corpus.Dispose();
            throw;
        }
    }
}

/// <summary>A changed copy of the fixture corpus and the index built from it, both removed when disposed.</summary>
public sealed record BuiltCorpus(TempDirectory Practices, TempDirectory Index) : IDisposable
{
    public void Dispose()
    {
        Index.Dispose();
        Practices.Dispose();
    }
}
