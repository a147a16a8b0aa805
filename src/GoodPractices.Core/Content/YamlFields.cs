using System.Globalization;
using GoodPractices.Core.Text;
using GoodPractices.Core.Validation;
using YamlDotNet.RepresentationModel;

namespace GoodPractices.Core.Content;

/// <summary>
/// Typed access to one YAML mapping of a practice's front matter. Every accessor reports what is wrong
/// (missing, wrong type, too long) into the file's <see cref="DiagnosticBag"/> and returns null rather than throwing,
/// so that one pass finds every problem.
/// </summary>
internal sealed class YamlFields
{
    private readonly YamlMappingNode _map;
    private readonly DiagnosticBag _bag;
    private readonly int _lineOffset;
    private readonly string _prefix;

    public YamlFields(YamlMappingNode map, DiagnosticBag bag, int lineOffset, string prefix = "")
    {
        _map = map;
        _bag = bag;
        _lineOffset = lineOffset;
        _prefix = prefix;
    }

    public SourcePosition Position => At(_map);

    public DiagnosticBag Diagnostics => _bag;

    public SourcePosition At(YamlNode node) => new((int)node.Start.Line + _lineOffset, (int)node.Start.Column);

    public string Name(string key) => _prefix + key;

    public bool Has(string key) => Node(key) is not null;

    /// <summary>The node under <paramref name="key"/>, or null when absent or written as an empty value.</summary>
    public YamlNode? Node(string key)
    {
        if (!_map.Children.TryGetValue(new YamlScalarNode(key), out var node)) return null;
        return node is YamlScalarNode scalar && IsNull(scalar) ? null : node;
    }

    public SourcePosition PositionOf(string key) => Node(key) is { } node ? At(node) : KeyPosition(key) ?? Position;

    private SourcePosition? KeyPosition(string key)
    {
        var found = _map.Children.Keys.FirstOrDefault(k => k is YamlScalarNode s && s.Value == key);
        return found is null ? null : At(found);
    }

    /// <summary>Warns about every key not in <paramref name="known"/>, suggesting the closest known one.</summary>
    public void ReportUnknownKeys(IReadOnlyCollection<string> known, Func<string, string?>? explain = null)
    {
        foreach (var key in _map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? key.ToString();
            if (known.Contains(name)) continue;
            var special = explain?.Invoke(name);
            if (special is not null)
            {
                _bag.Error(At(key), DiagnosticCodes.FieldNotAllowedInTranslation, special, Name(name));
                continue;
            }
            var closest = Closest.To(name, known, 1);
            var hint = closest.Count > 0 ? $" Did you mean '{closest[0]}'?" : " Remove it, or check the field list in CONTRIBUTING.md.";
            _bag.Warning(At(key), DiagnosticCodes.UnknownField,
                $"'{Name(name)}' is not a field of a practice and will be ignored.{hint}", Name(name));
        }
    }

    public string? String(string key, bool required, int maxLength = int.MaxValue)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required) Missing(key);
            return null;
        }
        if (node is not YamlScalarNode scalar)
        {
            WrongType(key, node, "a single line of text");
            return null;
        }
        var value = scalar.Value!.Trim();
        if (value.Length > maxLength)
        {
            _bag.Error(At(node), DiagnosticCodes.TextTooLong,
                $"'{Name(key)}' is {value.Length} characters long; keep it to {maxLength} at most.", Name(key));
        }
        return value;
    }

    public int? Integer(string key, bool required)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required) Missing(key);
            return null;
        }
        if (node is YamlScalarNode scalar && int.TryParse(scalar.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        WrongType(key, node, "a whole number such as 2008");
        return null;
    }

    public DateOnly? Date(string key, bool required)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required) Missing(key);
            return null;
        }
        if (node is YamlScalarNode scalar &&
            DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        _bag.Error(At(node), DiagnosticCodes.InvalidDate,
            $"'{Name(key)}' must be a date written year-month-day, such as 2026-11-01.", Name(key));
        return null;
    }

    /// <summary>A list of plain values; a single value is accepted as a one-item list.</summary>
    public IReadOnlyList<(string Value, SourcePosition At)>? StringList(string key, bool required)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required) Missing(key, " Give at least one value, as a list: [value-one, value-two].");
            return null;
        }
        if (node is YamlScalarNode single)
        {
            return [(single.Value!.Trim(), At(single))];
        }
        if (node is not YamlSequenceNode sequence)
        {
            WrongType(key, node, "a list of values, such as [value-one, value-two]");
            return null;
        }
        var values = new List<(string, SourcePosition)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in sequence.Children)
        {
            if (item is not YamlScalarNode scalar || IsNull(scalar))
            {
                _bag.Error(At(item), DiagnosticCodes.WrongType,
                    $"Every item of '{Name(key)}' must be a single value.", Name(key));
                continue;
            }
            var value = scalar.Value!.Trim();
            if (!seen.Add(value))
            {
                _bag.Warning(At(item), DiagnosticCodes.DuplicateValue,
                    $"'{value}' appears twice in '{Name(key)}'; list it once.", Name(key));
                continue;
            }
            values.Add((value, At(item)));
        }
        if (required && values.Count == 0)
        {
            Missing(key, " Give at least one value.");
        }
        return values;
    }

    /// <summary>A list of mappings (organisations, sources, ratings), each read with <paramref name="read"/>.</summary>
    public IReadOnlyList<T>? MappingList<T>(string key, bool required, Func<YamlFields, T?> read) where T : class
    {
        var node = Node(key);
        if (node is null)
        {
            if (required) Missing(key, " Give at least one.");
            return null;
        }
        if (node is not YamlSequenceNode sequence)
        {
            WrongType(key, node, "a list of entries, each starting with '- '");
            return null;
        }
        var result = new List<T>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var item = sequence.Children[i];
            if (item is not YamlMappingNode mapping)
            {
                _bag.Error(At(item), DiagnosticCodes.WrongType,
                    $"Every item of '{Name(key)}' must be an entry with named fields (for example '- name: ...').", Name(key));
                continue;
            }
            var value = read(new YamlFields(mapping, _bag, _lineOffset, $"{Name(key)}[{i + 1}]."));
            if (value is not null) result.Add(value);
        }
        if (required && result.Count == 0 && sequence.Children.Count == 0)
        {
            Missing(key, " Give at least one.");
        }
        return result;
    }

    public YamlFields? Mapping(string key, bool required)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required) Missing(key);
            return null;
        }
        if (node is not YamlMappingNode mapping)
        {
            WrongType(key, node, "a group of named fields on the lines below it");
            return null;
        }
        return new YamlFields(mapping, _bag, _lineOffset, Name(key) + ".");
    }

    private void Missing(string key, string extra = "") =>
        _bag.Error(PositionOf(key), DiagnosticCodes.RequiredFieldMissing,
            $"The required field '{Name(key)}' is missing or empty.{extra}", Name(key));

    private void WrongType(string key, YamlNode node, string expected) =>
        _bag.Error(At(node), DiagnosticCodes.WrongType, $"'{Name(key)}' must be {expected}.", Name(key));

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";
}
