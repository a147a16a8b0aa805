using GoodPractices.Core.Validation;

namespace GoodPractices.IndexBuild.Commands;

/// <summary>Prints diagnostics as compiler-style lines, or as workflow annotations that a pull request shows on the changed lines.</summary>
public static class DiagnosticWriter
{
    public static void Write(TextWriter output, IEnumerable<Diagnostic> diagnostics, string format, string pathPrefix)
    {
        foreach (var d in diagnostics)
        {
            var path = CombinePath(pathPrefix, d.Path);
            output.WriteLine(format == "github"
                ? $"::{(d.IsError ? "error" : "warning")} file={Escape(path, property: true)},line={d.Line},col={d.Column},title={d.Code}::{Escape(d.Message, property: false)}"
                : (d with { Path = path }).ToString());
        }
    }

    private static string CombinePath(string prefix, string relative) =>
        prefix.Length == 0 ? relative : prefix.TrimEnd('/', '\\').Replace('\\', '/') + "/" + relative;

    // Annotation syntax reserves %, CR and LF everywhere, and ':' and ',' in properties.
    private static string Escape(string value, bool property)
    {
        var escaped = value.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);
        return property
            ? escaped.Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal)
            : escaped;
    }
}
