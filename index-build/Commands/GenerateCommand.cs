using System.Globalization;
using GoodPractices.Core.Taxonomy;
using GoodPractices.IndexBuild.Generation;

namespace GoodPractices.IndexBuild.Commands;

/// <summary><c>generate --count N --out &lt;dir&gt; [--seed S]</c>: a deterministic synthetic corpus for benchmarks.</summary>
public static class GenerateCommand
{
    public static int Run(Arguments args, TextWriter output, TextWriter error)
    {
        if (!int.TryParse(args.RequiredOption("count"), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            throw new UsageException("--count must be a positive whole number.");
        }
        var seed = int.TryParse(args.Option("seed"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 42;
        var outDirectory = args.RequiredOption("out");
        var taxonomyPath = args.Option("taxonomy") ?? Path.Combine("practices", TaxonomyLoader.FileName);
        if (!File.Exists(taxonomyPath)) throw new UsageException($"No taxonomy at '{taxonomyPath}'; run from the repository root or pass --taxonomy.");
        if (Directory.Exists(outDirectory) && Directory.EnumerateFileSystemEntries(outDirectory).Any())
        {
            error.WriteLine($"{outDirectory} is not empty; generate into a new folder.");
            return 1;
        }
        Directory.CreateDirectory(outDirectory);
        File.Copy(taxonomyPath, Path.Combine(outDirectory, TaxonomyLoader.FileName));
        new SyntheticCorpus(TaxonomyLoader.Load(taxonomyPath)).Write(outDirectory, count, seed,
            new ImmediateProgress<int>(n => output.WriteLine($"{n} of {count} written")));
        output.WriteLine($"Wrote {count} synthetic practices to {outDirectory} (seed {seed}).");
        return 0;
    }
}
