using System.Text.RegularExpressions;
using YamlDotNet.Serialization;

namespace GoodPractices.Core.Validation;

/// <summary>
/// The validator's sentences in every interface language, from the embedded <c>Messages.yml</c>. Contributors
/// see them on the command line (English) and on the contribute page and live preview (their language).
/// </summary>
public static partial class ValidationMessages
{
    private static readonly IReadOnlyDictionary<string, Dictionary<string, string>> Catalog = Load();

    /// <summary>Every message key, for tests that hold each language to the same placeholders.</summary>
    public static IEnumerable<string> Keys => Catalog.Keys;

    public static IReadOnlyDictionary<string, string> Translations(string key) => Catalog[key];

    /// <summary>The sentence for <paramref name="part"/> in <paramref name="language"/>, falling back to English.</summary>
    public static string Format(MessagePart part, string language)
    {
        if (!Catalog.TryGetValue(part.Key, out var byLanguage))
        {
            // A key missing from the catalog is a bug, caught by the tests; show something readable meanwhile.
            return part.Key + " " + string.Join(", ", part.Arguments.Select(a => $"{a.Key}={a.Value}"));
        }
        var template = byLanguage.GetValueOrDefault(language) ?? byLanguage["en"];
        return Placeholder().Replace(template, m => part.Arguments.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);
    }

    /// <summary>The names of the placeholders in a template, e.g. <c>field</c> for <c>{field}</c>.</summary>
    public static IReadOnlySet<string> PlaceholdersOf(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Placeholder();

    // Messages.yml holds the practice file's messages; Messages.*.yml files beside it add those of other files (country
    // context files), kept apart so that each catalog changes with its own reader.
    private static Dictionary<string, Dictionary<string, string>> Load()
    {
        var assembly = typeof(ValidationMessages).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("GoodPractices.Core.Validation.Messages.", StringComparison.Ordinal) && n.EndsWith(".yml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (!names.Contains("GoodPractices.Core.Validation.Messages.yml"))
            throw new InvalidOperationException("The validation message catalog is not embedded in GoodPractices.Core.");
        var catalog = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var deserializer = new DeserializerBuilder().Build();
        foreach (var name in names)
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            foreach (var (key, translations) in deserializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(reader))
            {
                if (!catalog.TryAdd(key, translations))
                    throw new InvalidOperationException($"The validation message '{key}' is defined twice ({name}).");
            }
        }
        return catalog;
    }
}
