using GoodPractices.Core.Content;
using GoodPractices.Core.Corpus;
using GoodPractices.IndexBuild.Commands;

namespace GoodPractices.IndexBuild.Tests.Commands;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gp-generate-").FullName;
    private static readonly string Taxonomy = Path.Combine(AppContext.BaseDirectory, "Fixtures", "taxonomy.yml");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Generate(string name, int count, int seed)
    {
        var output = Path.Combine(_dir, name);
        var exit = CommandLine.Run(["generate", "--count", $"{count}", "--seed", $"{seed}", "--out", output, "--taxonomy", Taxonomy], TextWriter.Null, TextWriter.Null);
        Assert.Equal(0, exit);
        return output;
    }

    private static Dictionary<string, string> Files(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllText);

    [Fact]
    public void TheSameSeedGivesTheSameCorpus() =>
        Assert.Equal(Files(Generate("a", 60, 7)), Files(Generate("b", 60, 7)));

    [Fact]
    public void EveryGeneratedPracticeValidatesWithBodiesOf300To800Words()
    {
        var result = CorpusLoader.LoadDirectory(Generate("c", 120, 3));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(120, result.Corpus.Practices.Count);
        Assert.All(result.Corpus.Practices, p => Assert.InRange(PracticeFileReader.CountWords(p.Body), 300, 820));
        Assert.True(result.Corpus.Practices.Select(p => p.Language).Distinct().Count() >= 5);
        Assert.Contains(result.Corpus.Practices, p => p.Translations.Count > 0);
    }
}
