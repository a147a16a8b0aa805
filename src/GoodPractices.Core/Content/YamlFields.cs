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
    public void ReportUnknownKeys(IReadOnlyCollection<string> known, Func<string, bool>? notAllowed = null)
    {
        foreach (var key in _map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? key.ToString();
            if (known.Contains(name)) continue;
            if (notAllowed?.Invoke(name) == true)
            {
                _bag.Error(At(key), DiagnosticCodes.FieldNotAllowedInTranslation, Name(name),
                    MessagePart.Of("field-not-allowed-in-translation", ("field", Name(name))));
                continue;
            }
            var closest = Closest.To(name, known, 1);
            _bag.Warning(At(key), DiagnosticCodes.UnknownField, Name(name),
                MessagePart.Of("unknown-field", ("field", Name(name))),
                Hints.DidYouMean(closest) ?? MessagePart.Of("remove-unknown-field"));
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
            WrongType(key, node, "wrong-type-text");
            return null;
        }
        var value = scalar.Value!.Trim();
        if (value.Length > maxLength)
        {
            _bag.Error(At(node), DiagnosticCodes.TextTooLong, Name(key),
                MessagePart.Of("text-too-long", ("field", Name(key)), ("length", value.Length), ("max", maxLength)));
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
        WrongType(key, node, "wrong-type-number");
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
        _bag.Error(At(node), DiagnosticCodes.InvalidDate, Name(key), MessagePart.Of("invalid-date", ("field", Name(key))));
        return null;
    }

    /// <summary>A list of plain values; a single value is accepted as a one-item list.</summary>
    public IReadOnlyList<(string Value, SourcePosition At)>? StringList(string key, bool required)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required) Missing(key, "give-at-least-one-value");
            return null;
        }
        if (node is YamlScalarNode single)
        {
            return [(single.Value!.Trim(), At(single))];
        }
        if (node is not YamlSequenceNode sequence)
        {
            WrongType(key, node, "wrong-type-list");
            return null;
        }
        var values = new List<(string, SourcePosition)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in sequence.Children)
        {
            if (item is not YamlScalarNode scalar || IsNull(scalar))
            {
                _bag.Error(At(item), DiagnosticCodes.WrongType, Name(key), MessagePart.Of("list-item-not-value", ("field", Name(key))));
                continue;
            }
            var value = scalar.Value!.Trim();
            if (!seen.Add(value))
            {
                _bag.Warning(At(item), DiagnosticCodes.DuplicateValue, Name(key),
                    MessagePart.Of("duplicate-value", ("value", value), ("field", Name(key))));
                continue;
            }
            values.Add((value, At(item)));
        }
        if (required && values.Count == 0)
        {
            Missing(key, "give-at-least-one-value");
        }
        return values;
    }

    /// <summary>A list of mappings (organisations, sources, ratings), each read with <paramref name="read"/>.</summary>
    public IReadOnlyList<T>? MappingList<T>(string key, bool required, Func<YamlFields, T?> read) where T : class
    {
        var node = Node(key);
        if (node is null)
        {
            if (required) Missing(key, "give-at-least-one");
            return null;
        }
        if (node is not YamlSequenceNode sequence)
        {
            WrongType(key, node, "wrong-type-entries");
            return null;
        }
        var result = new List<T>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var item = sequence.Children[i];
            if (item is not YamlMappingNode mapping)
            {
                _bag.Error(At(item), DiagnosticCodes.WrongType, Name(key), MessagePart.Of("list-item-not-entry", ("field", Name(key))));
                continue;
            }
            var value = read(new YamlFields(mapping, _bag, _lineOffset, $"{Name(key)}[{i + 1}]."));
            if (value is not null) result.Add(value);
        }
        if (required && result.Count == 0 && sequence.Children.Count == 0)
        {
            Missing(key, "give-at-least-one");
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
            WrongType(key, node, "wrong-type-group");
            return null;
        }
        return new YamlFields(mapping, _bag, _lineOffset, Name(key) + ".");
    }

    private void Missing(string key, string? hintKey = null) =>
        _bag.Error(PositionOf(key), DiagnosticCodes.RequiredFieldMissing, Name(key),
            MessagePart.Of("required-field-missing", ("field", Name(key))), hintKey is null ? null : MessagePart.Of(hintKey));

    private void WrongType(string key, YamlNode node, string messageKey) =>
        _bag.Error(At(node), DiagnosticCodes.WrongType, Name(key), MessagePart.Of(messageKey, ("field", Name(key))));

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";
}
