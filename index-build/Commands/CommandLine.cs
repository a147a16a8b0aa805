using System.CommandLine;
using System.Globalization;

namespace GoodPractices.IndexBuild.Commands;

/// <summary>
/// Reads <c>index-build &lt;command&gt; ...</c> with System.CommandLine and runs the command. Every command has
/// <c>--help</c>; an unknown command or option and a value out of range are refused with one line and the usage.
/// Exit codes: 0 fine, 1 content errors, 2 usage, 3 an index folder that cannot be written.
/// </summary>
public static class CommandLine
{
    public const string Usage = """
        Usage: index-build <command> [options]

        Commands:
          validate <dir> [--format text|github] [--taxonomy <file>] [--max-file-kb N]
                                                    Check every practice file; exit 1 on any error.
                                                    The taxonomy defaults to <dir>/taxonomy.yml.
          build <dir> --out <indexdir> [--format text|github] [--taxonomy <file>] [--max-file-kb N]
                                                    Validate, then write a new index version and switch to it.
          new --country IT --title "..." [--language en] [--dir practices] [--id <id>]
                                                    Write a new practice file from the template.
          stats <dir> [--taxonomy <file>] [--max-file-kb N]
                                                    What the corpus covers, and the vocabulary values no entry uses yet.
          generate --count N --out <dir> [--seed S]  Write a deterministic synthetic corpus for benchmarks.

        Each command explains itself with --help. Run from the repository root, for example:
          dotnet run --project index-build -- validate practices
        """;

    private delegate int CommandRun(Arguments args, TextWriter output, TextWriter error);

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0 || args is ["help"])
        {
            output.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        var root = new RootCommand("Checks the GoodPractices corpus and builds its search index.")
        {
            Define("validate", "Check every practice file in one pass; exit 1 on any error.", ValidateCommand.Run, output, error,
                Folder("The folder of practices, for example: practices"), Format(), Taxonomy(), MaxFileSize()),
            Define("build", "Validate, then write a new index version and switch the manifest to it.", BuildCommand.Run, output, error,
                Folder("The folder of practices, for example: practices"), Text("--out", "The index folder, for example: /srv/goodpractices-index"), Format(), Taxonomy(), MaxFileSize()),
            Define("new", "Write a new practice file from the template, with every field present.", NewCommand.Run, output, error,
                Text("--country", "One or more ISO 3166-1 codes, comma separated, for example: IT or IT,PT"),
                Text("--title", "The practice's name, from which its id is made"),
                Text("--language", "The language the file is written in (default: en)"),
                Text("--dir", "The corpus folder (default: practices)"),
                Text("--id", "The id to use instead of the one made from the title"),
                Taxonomy()),
            Define("stats", "What the corpus covers, and the vocabulary values no entry uses yet.", StatsCommand.Run, output, error,
                Folder("The folder of practices, for example: practices"), Taxonomy(), MaxFileSize()),
            Define("generate", "Write a deterministic synthetic corpus for benchmarks.", GenerateCommand.Run, output, error,
                Text("--count", "How many practices to write"), Text("--out", "An empty folder to write them to"),
                Number("--seed", "The seed: the same seed and count always give the same files (default: 42)"), Taxonomy()),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0) return UsageError(error, parsed.Errors[0].Message);
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
    }

    private static Command Define(string name, string description, CommandRun run, TextWriter output, TextWriter error, params Symbol[] symbols)
    {
        var command = new Command(name, description);
        foreach (var symbol in symbols)
        {
            if (symbol is Argument argument) command.Arguments.Add(argument);
            else command.Options.Add((Option)symbol);
        }
        command.SetAction(parsed =>
        {
            try
            {
                return run(ArgumentsOf(parsed, command), output, error);
            }
            catch (UsageException e)
            {
                return UsageError(error, e.Message);
            }
        });
        return command;
    }

    // The commands read their input as words, as they always have; the parser has already refused what is wrong.
    private static Arguments ArgumentsOf(ParseResult parsed, Command command)
    {
        var positional = command.Arguments.OfType<Argument<string>>().Select(argument => parsed.GetValue(argument)).OfType<string>().ToList();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var option in command.Options)
        {
            if (parsed.GetResult(option) is not { Implicit: false } given) continue;
            var value = option switch
            {
                Option<int> number => given.GetValueOrDefault<int>().ToString(CultureInfo.InvariantCulture),
                _ => given.GetValueOrDefault<string>(),
            };
            if (value is not null) options[option.Name.TrimStart('-')] = value;
        }
        return new Arguments(positional, options);
    }

    // The folder is checked by the command, which says what to give when it is missing.
    private static Argument<string> Folder(string description) =>
        new("dir") { Description = description, Arity = ArgumentArity.ZeroOrOne };

    private static Option<string> Text(string name, string description) => new(name) { Description = description };

    private static Option<int> Number(string name, string description) => new(name) { Description = description };

    private static Option<string> Taxonomy() =>
        Text("--taxonomy", "The taxonomy file (default: taxonomy.yml in the corpus folder)");

    private static Option<int> MaxFileSize() =>
        Number("--max-file-kb", "The largest practice file read, in kilobytes; a larger one is an error (default: 1024)");

    /// <summary>The same <c>--format</c> on every command that reports problems.</summary>
    private static Option<string> Format()
    {
        var format = Text("--format", "How problems are printed: text (path:line:column lines) or github (annotations on a pull request)");
        format.AcceptOnlyFromAmong("text", "github");
        return format;
    }

    private static int UsageError(TextWriter error, string message)
    {
        error.WriteLine(message);
        error.WriteLine();
        error.WriteLine(Usage);
        return 2;
    }
}
