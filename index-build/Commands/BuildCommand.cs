using System.Diagnostics;
using GoodPractices.Core.Corpus;
using GoodPractices.Core.Taxonomy;
using GoodPractices.Search.Storage;

namespace GoodPractices.IndexBuild.Commands;

/// <summary>
/// <c>build &lt;dir&gt; --out &lt;indexdir&gt;</c>: validates, refuses to build on any error (the served index stays
/// as it was), then writes a new immutable index version and switches the manifest to it atomically.
/// </summary>
public static class BuildCommand
{
    public static int Run(Arguments args, TextWriter output, TextWriter error)
    {
        var directory = args.Directory(0, "folder of practices to index, for example: build practices --out /srv/index");
        var outDirectory = args.RequiredOption("out");
        var taxonomyPath = args.Option("taxonomy") ?? Path.Combine(directory, TaxonomyLoader.FileName);
        var clock = Stopwatch.StartNew();

        if (IndexStore.ReadManifest(outDirectory).Problem is { } problem)
        {
            error.WriteLine($"warning: {problem}; building as if no version were current, and writing a new manifest.");
        }
        var taxonomy = TaxonomyLoader.Load(taxonomyPath);
        var result = new CorpusLoader(taxonomy, DateOnly.FromDateTime(DateTime.UtcNow)) { MaxFileBytes = args.MaxFileBytes() }
            .Load(directory, new ImmediateProgress<int>(n => output.WriteLine($"{n} files read")), keepBodies: false);
        DiagnosticWriter.Write(output, result.Diagnostics, args.Option("format") ?? "text", directory);
        if (result.HasErrors)
        {
            error.WriteLine($"Not built: {result.ErrorCount} error{(result.ErrorCount == 1 ? "" : "s")} to fix first. The index in {outDirectory} is unchanged.");
            return 1;
        }
        output.WriteLine($"{result.Corpus.Practices.Count} practices valid ({clock.Elapsed.TotalSeconds:0.0} s); indexing.");

        // Bodies were checked but not kept: each is read again as it is indexed, so the corpus is never in memory at once.
        string version;
        try
        {
            version = IndexStore.WriteVersion(outDirectory, result.Corpus, new ImmediateProgress<string>(output.WriteLine), taxonomyPath);
        }
        catch (CorpusChangedException e)
        {
            error.WriteLine($"Not built: {e.Message} Build again once the files are saved. The index in {outDirectory} is unchanged.");
            return 1;
        }
        catch (IndexFolderException e)
        {
            error.WriteLine($"Not built: {e.Message}");
            return 3;
        }
        output.WriteLine($"Built index version {version} in {outDirectory} ({clock.Elapsed.TotalSeconds:0.0} s).");
        return 0;
    }
}
