using GoodPractices.Core.Corpus;
using GoodPractices.Core.Taxonomy;

namespace GoodPractices.IndexBuild.Commands;

/// <summary><c>validate &lt;dir&gt;</c>: every problem of every file in one pass; exit 1 when any is an error.</summary>
public static class ValidateCommand
{
    public static int Run(Arguments args, TextWriter output, TextWriter error)
    {
        var directory = args.Directory(0, "folder of practices to check, for example: validate practices");
        var format = args.Option("format") ?? "text";
        if (format is not ("text" or "github")) throw new UsageException("--format must be 'text' or 'github'.");

        CorpusLoadResult result;
        try
        {
            var taxonomy = TaxonomyLoader.Load(args.Option("taxonomy") ?? Path.Combine(directory, TaxonomyLoader.FileName));
            result = new CorpusLoader(taxonomy, DateOnly.FromDateTime(DateTime.UtcNow)) { MaxFileBytes = args.MaxFileBytes() }
                .Load(directory, keepBodies: false);
        }
        catch (Exception e) when (e is InvalidDataException or FileNotFoundException or YamlDotNet.Core.YamlException)
        {
            error.WriteLine($"The taxonomy could not be read: {e.Message}");
            return 1;
        }

        DiagnosticWriter.Write(output, result.Diagnostics, format, directory);
        var files = result.Files.Count;
        output.WriteLine(
            $"{files} file{(files == 1 ? "" : "s")} checked: {result.Corpus.Practices.Count} valid practice{(result.Corpus.Practices.Count == 1 ? "" : "s")}, " +
            $"{result.ErrorCount} error{(result.ErrorCount == 1 ? "" : "s")}, {result.WarningCount} warning{(result.WarningCount == 1 ? "" : "s")}.");
        return result.HasErrors ? 1 : 0;
    }
}
