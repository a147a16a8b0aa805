namespace GoodPractices.IndexBuild.Commands;

/// <summary>Dispatches <c>index-build &lt;command&gt; ...</c> to its command; exit codes: 0 fine, 1 content errors, 2 usage, 3 an index folder that cannot be written.</summary>
public static class CommandLine
{
    public const string Usage = """
        Usage: index-build <command> [options]

        Commands:
          validate <dir> [--format text|github] [--taxonomy <file>]
                                                    Check every practice file; exit 1 on any error.
                                                    The taxonomy defaults to <dir>/taxonomy.yml.
          build <dir> --out <indexdir>              Validate, then write a new index version and switch to it.
          new --country IT --title "..." [--language en] [--dir practices]
                                                    Write a new practice file from the template.
          stats <dir>                               What the corpus covers, and the vocabulary values no entry uses yet.
          generate --count N --out <dir> [--seed S]  Write a deterministic synthetic corpus for benchmarks.

        Run from the repository root, for example:
          dotnet run --project index-build -- validate practices
        """;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            output.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        try
        {
            var options = Arguments.Parse(args[1..]);
            return args[0] switch
            {
                "validate" => ValidateCommand.Run(options, output, error),
                "build" => BuildCommand.Run(options, output, error),
                "new" => NewCommand.Run(options, output, error),
                "generate" => GenerateCommand.Run(options, output, error),
                "stats" => StatsCommand.Run(options, output, error),
                _ => UsageError(error, $"Unknown command '{args[0]}'."),
            };
        }
        catch (UsageException e)
        {
            return UsageError(error, e.Message);
        }
    }

    private static int UsageError(TextWriter error, string message)
    {
        error.WriteLine(message);
        error.WriteLine();
        error.WriteLine(Usage);
        return 2;
    }
}
