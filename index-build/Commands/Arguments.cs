namespace GoodPractices.IndexBuild.Commands;

/// <summary>A command's positional arguments and <c>--name value</c> options.</summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string> _options;

    private Arguments(IReadOnlyList<string> positional, Dictionary<string, string> options)
    {
        Positional = positional;
        _options = options;
    }

    public IReadOnlyList<string> Positional { get; }

    public static Arguments Parse(IReadOnlyList<string> args)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(args[i]);
                continue;
            }
            var name = args[i][2..];
            var eq = name.IndexOf('=', StringComparison.Ordinal);
            if (eq >= 0)
            {
                options[name[..eq]] = name[(eq + 1)..];
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                options[name] = args[++i];
            }
            else
            {
                options[name] = "true";
            }
        }
        return new Arguments(positional, options);
    }

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public string RequiredOption(string name) =>
        Option(name) ?? throw new UsageException($"The option --{name} is required.");

    public string Directory(int position, string what)
    {
        if (Positional.Count <= position) throw new UsageException($"Give the {what}.");
        var path = Positional[position];
        if (!System.IO.Directory.Exists(path)) throw new UsageException($"The folder '{path}' does not exist.");
        return path;
    }
}

/// <summary>The command line was used wrongly: print the message and the usage, exit 2.</summary>
public sealed class UsageException(string message) : Exception(message);
