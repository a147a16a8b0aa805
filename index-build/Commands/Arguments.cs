namespace GoodPractices.IndexBuild.Commands;

/// <summary>A command's positional arguments and <c>--name value</c> options, as <see cref="CommandLine"/> parsed them.</summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string> _options;

    internal Arguments(IReadOnlyList<string> positional, Dictionary<string, string> options)
    {
        Positional = positional;
        _options = options;
    }

    public IReadOnlyList<string> Positional { get; }

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public string RequiredOption(string name) =>
        Option(name) ?? throw new UsageException($"The option --{name} is required.");

    /// <summary>The largest practice file to read, from <c>--max-file-kb</c>; 1 MB when it is not given.</summary>
    public long MaxFileBytes()
    {
        if (Option("max-file-kb") is not { } text) return GoodPractices.Core.Content.PracticeFileReader.DefaultMaxFileBytes;
        var kilobytes = long.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        return kilobytes >= 1 ? kilobytes * 1024 : throw new UsageException("--max-file-kb must be at least 1.");
    }

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
