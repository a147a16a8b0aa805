using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using ParsingEvent = YamlDotNet.Core.Events.ParsingEvent;

namespace GoodPractices.Core.Content;

/// <summary>
/// Walks the front matter as a flat stream of YAML events, before any tree is built, and names the first problem in
/// the project's own words: nesting deeper than <see cref="MaxDepth"/> (which would otherwise exhaust the stack of
/// whatever builds the tree), an unclosed list, map or quote, a tab used for indentation, a key written twice. The
/// parser keeps its state in its own stack rather than in recursive calls, so no input can overflow it.
/// </summary>
internal static class YamlShape
{
    /// <summary>How deep lists and maps may nest. A practice needs four levels (evidence, ratings, one rating).</summary>
    public const int MaxDepth = 20;

    /// <summary>A problem: the message key, its arguments, and its 1-based line (in the file) and column.</summary>
    public sealed record Problem(string Key, int Line, int Column, (string Name, object? Value)[] Arguments);

    /// <param name="events">
    /// The events read, for building the tree from them (<see cref="Replay"/>) instead of scanning the text a second
    /// time: scanning is most of the time a file takes to read.
    /// </param>
    public static Problem? Check(string yaml, int firstLine, out IReadOnlyList<ParsingEvent> events)
    {
        var frames = new Stack<Frame>();
        var read = new List<ParsingEvent>();
        events = read;
        var parser = new Parser(new Scanner(new StringReader(yaml), skipComments: true));
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                read.Add(current);
                switch (current)
                {
                    case Scalar scalar:
                        if (KeyProblem(frames, scalar, firstLine) is { } duplicate) return duplicate;
                        break;
                    case AnchorAlias:
                        Advance(frames);
                        break;
                    case SequenceStart or MappingStart:
                        Advance(frames);
                        if (frames.Count >= MaxDepth)
                        {
                            return new Problem("yaml-too-deep", Line(current.Start, firstLine), Column(current.Start), [("max", MaxDepth)]);
                        }
                        var flow = current is SequenceStart { Style: SequenceStyle.Flow } || current is MappingStart { Style: MappingStyle.Flow };
                        frames.Push(new Frame(current is MappingStart, flow, current.Start));
                        break;
                    case SequenceEnd or MappingEnd:
                        if (frames.Count > 0) frames.Pop();
                        break;
                }
            }
            return null;
        }
        catch (YamlException e)
        {
            return Describe(e.Message, e.Start, yaml, firstLine, frames);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            // The scanner gives up this way on some unfinished input; what is still open says what was left unfinished.
            return Describe("", Mark.Empty, yaml, firstLine, frames);
        }
    }

    /// <summary>The events <see cref="Check"/> read, as a parser to load a tree from.</summary>
    public static IParser Replay(IReadOnlyList<ParsingEvent> events) => new Recorded(events);

    private sealed class Recorded(IReadOnlyList<ParsingEvent> events) : IParser
    {
        private int _next;

        public ParsingEvent? Current { get; private set; }

        public bool MoveNext()
        {
            Current = _next < events.Count ? events[_next++] : null;
            return Current is not null;
        }
    }

    /// <summary>The words for a YAML library failure that the walk above did not catch first (an unknown alias, say).</summary>
    public static Problem Describe(YamlException e, string yaml, int firstLine) => Describe(e.Message, e.Start, yaml, firstLine, new Stack<Frame>());

    private static Problem Describe(string libraryMessage, Mark at, string yaml, int firstLine, Stack<Frame> frames)
    {
        // The library's wording is only used to tell kinds of problem apart; readers get the project's own sentences.
        if (libraryMessage.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            // The library marks the block the tab is in, not the tab itself.
            var (line, column) = FirstIndentingTab(yaml) ?? ((int)at.Line, (int)at.Column);
            return new Problem("yaml-tab-indentation", Math.Max(1, line) + firstLine - 1, Math.Max(1, column), []);
        }
        if (libraryMessage.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase))
        {
            return new Problem("yaml-unclosed-quote", Line(at, firstLine), Column(at), []);
        }
        // Of the lists and maps written between brackets that are still open, the outermost is the one left unclosed
        // (an inner one may only look open because the library stopped reading ahead of it).
        if (frames.LastOrDefault(f => f.Flow) is { } open)
        {
            return new Problem(open.IsMapping ? "yaml-unclosed-map" : "yaml-unclosed-list", Line(open.Start, firstLine), Column(open.Start), []);
        }
        return new Problem("yaml-syntax", Line(at, firstLine), Column(at), []);
    }

    // A scalar is a key when its mapping expects one; a key seen before in the same mapping is reported where it repeats.
    private static Problem? KeyProblem(Stack<Frame> frames, Scalar scalar, int firstLine)
    {
        if (frames.Count == 0) return null;
        var frame = frames.Peek();
        var isKey = frame.IsMapping && frame.ExpectingKey;
        Advance(frames);
        if (!isKey) return null;
        if (frame.Keys.TryGetValue(scalar.Value, out var first))
        {
            return new Problem("yaml-duplicate-key", Line(scalar.Start, firstLine), Column(scalar.Start),
                [("key", scalar.Value), ("line", Line(first, firstLine))]);
        }
        frame.Keys[scalar.Value] = scalar.Start;
        return null;
    }

    // One node more in the innermost mapping: keys and values alternate.
    private static void Advance(Stack<Frame> frames)
    {
        if (frames.Count > 0 && frames.Peek() is { IsMapping: true } frame) frame.ExpectingKey = !frame.ExpectingKey;
    }

    private static int Line(Mark mark, int firstLine) => Math.Max(1, (int)mark.Line) + firstLine - 1;

    // The first line whose indentation holds a tab, and the tab's column.
    private static (int Line, int Column)? FirstIndentingTab(string yaml)
    {
        var line = 1;
        foreach (var text in yaml.Split('\n'))
        {
            var indent = text.Length - text.TrimStart(' ', '\t').Length;
            var tab = text.AsSpan(0, indent).IndexOf('\t');
            if (tab >= 0 && indent < text.TrimEnd('\r').Length) return (line, tab + 1);
            line++;
        }
        return null;
    }

    private static int Column(Mark mark) => Math.Max(1, (int)mark.Column);

    private sealed class Frame(bool isMapping, bool flow, Mark start)
    {
        public bool IsMapping { get; } = isMapping;
        public bool Flow { get; } = flow;
        public Mark Start { get; } = start;
        public bool ExpectingKey { get; set; } = true;
        public Dictionary<string, Mark> Keys { get; } = new(StringComparer.Ordinal);
    }
}
