using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace GoodPractices.Core.Content;

/// <summary>
/// A fast reader for the plain front matter most practice files have: block mappings and block sequences,
/// one-line flow sequences, and one-line plain scalars, indented with spaces. It gives YamlDotNet's own
/// parser events, positions included, so the nodes built from them are the ones YamlDotNet would build.
/// Anything outside that subset (quotes, comments, block or multi-line scalars, anchors, tags, tabs, blank
/// lines, empty values...) is not read at all: <see cref="TryParse"/> returns null and the caller uses YamlDotNet,
/// which also reports every syntax error. YamlDotNet's scanner was most of the cost of reading a corpus.
/// </summary>
internal sealed class SimpleYamlParser : IParser
{
    private readonly List<ParsingEvent> _events;
    private int _next;

    private SimpleYamlParser(List<ParsingEvent> events) => _events = events;

    public ParsingEvent? Current { get; private set; }

    public bool MoveNext()
    {
        Current = _next < _events.Count ? _events[_next++] : null;
        return Current is not null;
    }

    /// <summary>The events of <paramref name="yaml"/>, or null when it is not in the subset this reader knows.</summary>
    public static IParser? TryParse(string yaml)
    {
        var reader = new Reader(yaml);
        return reader.ReadStream() ? new SimpleYamlParser(reader.Events) : null;
    }

    private sealed class Reader(string text)
    {
        private readonly List<int> _lineStarts = [];
        private int _line;

        public List<ParsingEvent> Events { get; } = new(64);

        public bool ReadStream()
        {
            if (!SplitLines() || Indent(0) != 0 || !IsKeyAt(_lineStarts[0], out _)) return false;
            var start = new Mark(0, 1, 1);
            Events.Add(new StreamStart(start, start));
            Events.Add(new DocumentStart(null, null, true, start, start));
            if (!ReadMapping(0, _lineStarts[0])) return false;
            if (_line != _lineStarts.Count) return false;
            // At the end of a text without a final line break, YamlDotNet's scanner moves to a new line.
            var end = new Mark(text.Length, _lineStarts.Count + 1, 1);
            Events.Add(new MappingEnd(end, end));
            Events.Add(new DocumentEnd(true, end, end));
            Events.Add(new StreamEnd(end, end));
            return true;
        }

        // Lines of printable characters other than the YAML comment sign, none of them blank.
        private bool SplitLines()
        {
            var lineStart = 0;
            var blank = true;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\n')
                {
                    if (blank) return false;
                    _lineStarts.Add(lineStart);
                    lineStart = i + 1;
                    blank = true;
                    continue;
                }
                if (c < ' ' || c == '#' || (c >= '\u007f' && c <= '\u009f') || char.IsSurrogate(c)
                    || c is '\u2028' or '\u2029' or '\ufeff' or '\ufffe' or '\uffff')
                {
                    return false;
                }
                if (c != ' ') blank = false;
            }
            if (blank) return false;
            _lineStarts.Add(lineStart);
            return true;
        }

        private int LineEnd(int line) => line + 1 < _lineStarts.Count ? _lineStarts[line + 1] - 1 : text.Length;

        private int Indent(int line)
        {
            var start = _lineStarts[line];
            var i = start;
            while (text[i] == ' ') i++;
            return i - start;
        }

        private Mark MarkAt(int index) => new(index, _line + 1, index - _lineStarts[_line] + 1);

        // The start of the next line's content, where YamlDotNet closes the collections that end before it.
        private Mark NextTokenMark()
        {
            if (_line == _lineStarts.Count) return new Mark(text.Length, _lineStarts.Count + 1, 1);
            return MarkAt(_lineStarts[_line] + Indent(_line));
        }

        // A key: a name of letters, digits, '_' and '-' starting with a letter or '_', then ':' and a space or the line end.
        private bool IsKeyAt(int index, out int colon)
        {
            colon = -1;
            var end = LineEnd(_line);
            if (index >= end || !(char.IsAsciiLetter(text[index]) || text[index] == '_')) return false;
            var i = index + 1;
            while (i < end && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '-')) i++;
            if (i >= end || text[i] != ':' || (i + 1 < end && text[i + 1] != ' ')) return false;
            colon = i;
            return true;
        }

        private bool IsSequenceEntryAt(int index) =>
            index + 1 < LineEnd(_line) && text[index] == '-' && text[index + 1] == ' ';

        /// <summary>A block mapping whose first key starts at <paramref name="firstKey"/> on the current line.</summary>
        private bool ReadMapping(int indent, int firstKey)
        {
            var start = MarkAt(firstKey);
            Events.Add(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block, start, start));
            var key = firstKey;
            while (true)
            {
                if (!IsKeyAt(key, out var colon)) return false;
                Events.Add(Scalar(key, colon, isKey: true));
                if (!ReadValue(indent, colon + 1)) return false;
                if (_line == _lineStarts.Count) return true;
                var next = Indent(_line);
                if (next < indent) return true;
                if (next > indent) return false;
                key = _lineStarts[_line] + next;
            }
        }

        /// <summary>The value after a key's colon at <paramref name="from"/>; leaves the current line on the line after it.</summary>
        private bool ReadValue(int keyIndent, int from)
        {
            var end = LineEnd(_line);
            var valueStart = from;
            while (valueStart < end && text[valueStart] == ' ') valueStart++;
            if (valueStart < end)
            {
                if (text[valueStart] == '[')
                {
                    if (!ReadFlowSequence(valueStart, end)) return false;
                }
                else
                {
                    var valueEnd = PlainScalarEnd(valueStart, end);
                    if (valueEnd < 0) return false;
                    Events.Add(Scalar(valueStart, valueEnd, isKey: false));
                }
                _line++;
                // A more indented line would continue the value over several lines.
                return _line == _lineStarts.Count || Indent(_line) <= keyIndent;
            }

            // Nothing after the colon: a nested mapping or sequence, more indented than the key, must follow.
            _line++;
            if (_line == _lineStarts.Count) return false;
            var indent = Indent(_line);
            if (indent <= keyIndent) return false;
            var content = _lineStarts[_line] + indent;
            if (IsSequenceEntryAt(content)) return ReadBlockSequence(indent);
            return IsKeyAt(content, out _) && ReadMapping(indent, content) && CloseMapping();
        }

        private bool CloseMapping()
        {
            var at = NextTokenMark();
            Events.Add(new MappingEnd(at, at));
            return true;
        }

        /// <summary>A block sequence of one-line plain scalars or of mappings, its entries at <paramref name="indent"/>.</summary>
        private bool ReadBlockSequence(int indent)
        {
            var start = MarkAt(_lineStarts[_line] + indent);
            Events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block, start, start));
            while (true)
            {
                var entry = _lineStarts[_line] + indent + 2;
                var end = LineEnd(_line);
                if (entry >= end || text[entry] == ' ') return false;
                if (IsKeyAt(entry, out _))
                {
                    if (!ReadMapping(indent + 2, entry) || !CloseMapping()) return false;
                }
                else
                {
                    var valueEnd = PlainScalarEnd(entry, end);
                    if (valueEnd < 0) return false;
                    Events.Add(Scalar(entry, valueEnd, isKey: false));
                    _line++;
                }
                if (_line == _lineStarts.Count) break;
                var next = Indent(_line);
                if (next > indent) return false;
                if (next < indent) break;
                if (!IsSequenceEntryAt(_lineStarts[_line] + next)) return false;
            }
            var at = NextTokenMark();
            Events.Add(new SequenceEnd(at, at));
            return true;
        }

        /// <summary>A flow sequence of plain scalars closed on the same line, <c>[a, b]</c> or <c>[]</c>.</summary>
        private bool ReadFlowSequence(int open, int end)
        {
            var start = MarkAt(open);
            Events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Flow, start, start));
            var i = open + 1;
            if (i < end && text[i] == ']')
            {
                var at = MarkAt(i);
                Events.Add(new SequenceEnd(at, at));
                return OnlySpaces(i + 1, end);
            }
            while (true)
            {
                while (i < end && text[i] == ' ') i++;
                var itemStart = i;
                while (i < end && text[i] is not (',' or ']')) i++;
                if (i >= end) return false;
                var itemEnd = i;
                while (itemEnd > itemStart && text[itemEnd - 1] == ' ') itemEnd--;
                if (itemEnd == itemStart || !IsPlainText(itemStart, itemEnd, flow: true)) return false;
                Events.Add(Scalar(itemStart, itemEnd, isKey: false));
                if (text[i] == ']')
                {
                    var at = MarkAt(i);
                    Events.Add(new SequenceEnd(at, at));
                    return OnlySpaces(i + 1, end);
                }
                i++;
            }
        }

        private bool OnlySpaces(int from, int end)
        {
            for (var i = from; i < end; i++)
            {
                if (text[i] != ' ') return false;
            }
            return true;
        }

        /// <summary>Where a one-line plain scalar starting at <paramref name="start"/> ends (trailing spaces left out), or -1.</summary>
        private int PlainScalarEnd(int start, int end)
        {
            var valueEnd = end;
            while (valueEnd > start && text[valueEnd - 1] == ' ') valueEnd--;
            return valueEnd > start && IsPlainText(start, valueEnd, flow: false) ? valueEnd : -1;
        }

        // Text that reads as one plain scalar and nothing else: no indicator first, no ": " inside, no ':' last,
        // and no brackets or braces (in a flow sequence, no comma or colon at all either).
        private bool IsPlainText(int start, int end, bool flow)
        {
            if ("-?:,[]{}#&*!|>'\"%@`".Contains(text[start], StringComparison.Ordinal)) return false;
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (c is '[' or ']' or '{' or '}') return false;
                if (flow && c is ',' or ':') return false;
                if (c == ':' && (i + 1 == end || text[i + 1] == ' ')) return false;
            }
            return true;
        }

        private Scalar Scalar(int start, int end, bool isKey) =>
            new(AnchorName.Empty, TagName.Empty, text[start..end], ScalarStyle.Plain, true, false, MarkAt(start), MarkAt(end), isKey);
    }
}
