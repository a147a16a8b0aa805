using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace GoodPractices.Core.Content;

/// <summary>
/// The practice file format in one place: the front matter fields (names in <see cref="PracticeFields"/>, their
/// order and which are required), the id and folder rules, and the one writer that <c>index-build new</c>, the
/// contribute form and the synthetic generator all write through. Adding a field means changing this file, the
/// draft, the reader's check of it, and their tests.
/// </summary>
public static partial class PracticeFormat
{
    /// <summary>A front matter field: its name, whether a practice must give it, and the fields of its entries.</summary>
    public sealed record Field(string Name, bool Required, IReadOnlyList<Field>? Entries = null);

    /// <summary>The fields of an original practice, in the order files list them.</summary>
    public static readonly IReadOnlyList<Field> Fields =
    [
        new(PracticeFields.Id, true),
        new(PracticeFields.Title, true),
        new(PracticeFields.TitleOriginal, false),
        new(PracticeFields.Summary, true),
        new(PracticeFields.Language, true),
        new(PracticeFields.Countries, true),
        new(PracticeFields.Scope, true),
        new(PracticeFields.Organisations, true, [new(PracticeFields.Name, true), new(PracticeFields.Type, true), new(PracticeFields.Url, false)]),
        new(PracticeFields.StartYear, true),
        new(PracticeFields.EndYear, false),
        new(PracticeFields.Status, true),
        new(PracticeFields.InterventionTypes, true),
        new(PracticeFields.JusticeStages, true),
        new(PracticeFields.Settings, true),
        new(PracticeFields.TargetGroups, true),
        new(PracticeFields.Evidence, true, [new(PracticeFields.Level, true), new(PracticeFields.Outcomes, false), new(PracticeFields.Ratings, false)]),
        new(PracticeFields.UnStandards, false),
        new(PracticeFields.Sources, true,
            [new(PracticeFields.Title, true), new(PracticeFields.Publisher, false), new(PracticeFields.Year, false), new(PracticeFields.Url, false), new(PracticeFields.Evaluation, false)]),
        new(PracticeFields.Related, false),
        new(PracticeFields.LastReviewed, true),
    ];

    /// <summary>The names of <see cref="Fields"/>, in order.</summary>
    public static readonly IReadOnlyList<string> FieldNames = Fields.Select(f => f.Name).ToArray();

    /// <summary>The fields a translation file may give.</summary>
    public static readonly IReadOnlyList<string> TranslationFieldNames =
        [PracticeFields.TranslationOf, PracticeFields.Language, PracticeFields.Title, PracticeFields.TitleOriginal, PracticeFields.Summary, PracticeFields.LastReviewed];

    /// <summary>The recommended body sections, in order.</summary>
    public static readonly IReadOnlyList<string> SectionHeadings = ["Context", "What it does", "Results", "Transferability", "Contact"];

    public const int MaxIdLength = 80;

    /// <summary>The folder, and the id prefix, of an entry that spans several countries or none.</summary>
    public const string InternationalFolder = "international";
    public const string InternationalPrefix = "int";

    // The width past which the emitter breaks a folded summary at the next space, so that each line of the file
    // stays under 100 characters for words of ordinary length.
    private const int Width = 80;

    /// <summary>The folder under <c>practices/</c>: the one country in lower case, or <c>international</c>.</summary>
    public static string Folder(IReadOnlyList<string> countries) =>
        countries.Count == 1 && countries[0].Length == 2 && countries[0].All(char.IsAsciiLetter)
            ? countries[0].ToLowerInvariant()
            : InternationalFolder;

    /// <summary>The id prefix: the one country in lower case, or <c>int</c>.</summary>
    public static string IdPrefix(IReadOnlyList<string> countries) =>
        Folder(countries) is var folder && folder == InternationalFolder ? InternationalPrefix : folder;

    /// <summary>
    /// The id CONTRIBUTING.md asks for: the prefix, then the title's words in lower-case ASCII (accents dropped),
    /// joined by hyphens, at most <see cref="MaxIdLength"/> characters; null without a title.
    /// </summary>
    public static string? SuggestId(string? title, IReadOnlyList<string> countries) =>
        string.IsNullOrWhiteSpace(title) ? null : Slug(IdPrefix(countries), title);

    /// <summary><paramref name="prefix"/> followed by the words of <paramref name="title"/>, as <see cref="SuggestId"/> describes.</summary>
    public static string Slug(string prefix, string title)
    {
        var folded = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            folded.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }
        var slug = prefix;
        foreach (var word in folded.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            if (slug.Length + 1 + word.Length > MaxIdLength) break;
            slug += "-" + word;
        }
        return slug;
    }

    /// <summary>Where the file of <paramref name="id"/> goes, relative to <c>practices/</c>, with '/' separators.</summary>
    public static string RelativePath(IReadOnlyList<string> countries, string id) => $"{Folder(countries)}/{id}.md";

    /// <summary>
    /// The text of a practice file: front matter in the order of <see cref="Fields"/>, then the body. It writes what
    /// the draft holds, mistakes included (judging values is the validator's work). A required field left empty is
    /// written empty rather than dropped, so the validator names it.
    /// </summary>
    /// <param name="comments">
    /// For a scaffold: a comment for each field, by name (<c>evidence.level</c>, <c>sources.title</c> for entries).
    /// With comments, every field is written, empty ones and one empty entry of each list of entries included.
    /// </param>
    public static string Write(PracticeDraft draft, IReadOnlyDictionary<string, string>? comments = null)
    {
        var yaml = new StringWriter { NewLine = "\n" };
        var settings = EmitterSettings.Default.WithBestIndent(2).WithBestWidth(Width).WithIndentedSequences().WithNewLine("\n");
        var writer = new FrontMatterWriter(new Emitter(yaml, settings), comments);
        writer.Begin();
        writer.Scalar(PracticeFields.Id, draft.Id, Kind.Slug);
        writer.Scalar(PracticeFields.Title, draft.Title, Kind.Text);
        writer.Scalar(PracticeFields.TitleOriginal, draft.TitleOriginal, Kind.Text, optional: true);
        writer.Scalar(PracticeFields.Summary, OneParagraph(draft.Summary), Kind.Prose);
        writer.Scalar(PracticeFields.Language, draft.Language, Kind.Slug);
        writer.List(PracticeFields.Countries, draft.Countries);
        writer.Scalar(PracticeFields.Scope, draft.Scope, Kind.Slug);
        writer.Entries(PracticeFields.Organisations, required: true, draft.Organisations.Select(o => new (string, string?, Kind)[]
            { (PracticeFields.Name, o.Name, Kind.Text), (PracticeFields.Type, o.Type, Kind.Slug), (PracticeFields.Url, o.Url, Kind.Url) }));
        writer.Scalar(PracticeFields.StartYear, draft.StartYear, Kind.Number);
        // Written even when empty: an empty end year means the practice still runs.
        writer.Scalar(PracticeFields.EndYear, draft.EndYear, Kind.Number);
        writer.Scalar(PracticeFields.Status, draft.Status, Kind.Slug);
        writer.List(PracticeFields.InterventionTypes, draft.InterventionTypes);
        writer.List(PracticeFields.JusticeStages, draft.JusticeStages);
        writer.List(PracticeFields.Settings, draft.Settings);
        writer.List(PracticeFields.TargetGroups, draft.TargetGroups);
        writer.Open(PracticeFields.Evidence);
        writer.Scalar(PracticeFields.Level, draft.EvidenceLevel, Kind.Slug);
        writer.List(PracticeFields.Outcomes, draft.Outcomes);
        writer.Entries(PracticeFields.Ratings, required: false, draft.Ratings.Select(r => new (string, string?, Kind)[]
            { (PracticeFields.Source, r.Source, Kind.Text), (PracticeFields.Rating, r.Rating, Kind.Text), (PracticeFields.Url, r.Url, Kind.Url) }));
        writer.Close();
        writer.List(PracticeFields.UnStandards, draft.UnStandards);
        writer.Entries(PracticeFields.Sources, required: true, draft.Sources.Select(s => new (string, string?, Kind)[]
        {
            (PracticeFields.Title, s.Title, Kind.Text), (PracticeFields.Publisher, s.Publisher, Kind.Text), (PracticeFields.Year, s.Year, Kind.Number),
            (PracticeFields.Url, s.Url, Kind.Url), (PracticeFields.Evaluation, s.Evaluation ? "true" : null, Kind.Flag),
        }));
        writer.List(PracticeFields.Related, draft.Related);
        writer.Scalar(PracticeFields.LastReviewed, draft.LastReviewed, Kind.Date);
        writer.End();

        var frontMatter = EmptyValueSpace().Replace(yaml.ToString(), "$1");
        if (comments is not null) frontMatter = AlignComments(frontMatter, comments.Values);
        var file = new StringBuilder("---\n").Append(frontMatter);
        if (file[^1] != '\n') file.Append('\n');
        file.Append("---\n");
        var body = draft.Body ?? Body(draft.Sections);
        file.Append(body);
        if (body.Length > 0 && body[^1] != '\n') file.Append('\n');
        return file.ToString();
    }

    // A scaffold's comments start in one column, so the empty values to fill in stand out.
    private static string AlignComments(string yaml, IEnumerable<string> comments)
    {
        const int column = 32;
        var endings = comments.Select(c => " # " + c).ToList();
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (endings.FirstOrDefault(e => lines[i].EndsWith(e, StringComparison.Ordinal)) is not { } ending) continue;
            var field = lines[i][..^ending.Length];
            lines[i] = field.PadRight(column) + ending;
        }
        return string.Join('\n', lines);
    }

    /// <summary>The Markdown body: each section that has text, under its heading.</summary>
    public static string Body(IEnumerable<(string Heading, string? Text)> sections)
    {
        var body = new StringBuilder();
        foreach (var (heading, text) in sections)
        {
            var cleaned = string.IsNullOrWhiteSpace(text) ? null : text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
            if (cleaned is null) continue;
            if (body.Length > 0) body.Append('\n');
            body.Append("## ").Append(heading).Append("\n\n").Append(cleaned).Append('\n');
        }
        return body.ToString();
    }

    // A summary is one paragraph of plain text: line breaks typed into it are spaces to a reader.
    private static string? OneParagraph(string? summary) => summary is null ? null : Whitespace().Replace(summary, " ");

    private enum Kind { Text, Prose, Slug, Number, Date, Url, Flag }

    private sealed class FrontMatterWriter(IEmitter emitter, IReadOnlyDictionary<string, string>? comments)
    {
        private const string NullTag = "tag:yaml.org,2002:null";
        private static readonly string[] Reserved = ["null", "~", "true", "false", "yes", "no", "on", "off", "y", "n"];
        private readonly Stack<string> _path = new();
        private bool Scaffold => comments is not null;

        public void Begin()
        {
            emitter.Emit(new StreamStart());
            emitter.Emit(new DocumentStart(null, null, isImplicit: true));
            emitter.Emit(new MappingStart(null, null, true, MappingStyle.Block));
        }

        public void End()
        {
            emitter.Emit(new MappingEnd());
            emitter.Emit(new DocumentEnd(isImplicit: true));
            emitter.Emit(new StreamEnd());
        }

        public void Open(string key)
        {
            Key(key);
            emitter.Emit(new MappingStart(null, null, true, MappingStyle.Block));
            _path.Push(key);
        }

        public void Close()
        {
            _path.Pop();
            emitter.Emit(new MappingEnd());
        }

        public void Scalar(string key, string? value, Kind kind, bool optional = false)
        {
            var cleaned = Clean(value);
            if (cleaned is null && optional && !Scaffold) return;
            Key(key);
            Value(cleaned, kind);
            Comment(key);
        }

        public void List(string key, IEnumerable<string> values)
        {
            Key(key);
            emitter.Emit(new SequenceStart(null, null, true, SequenceStyle.Flow));
            foreach (var value in values.Select(Clean).OfType<string>()) Value(value, Kind.Slug);
            emitter.Emit(new SequenceEnd());
            Comment(key);
        }

        public void Entries(string key, bool required, IEnumerable<(string Key, string? Value, Kind Kind)[]> entries)
        {
            var all = entries.Where(e => e.Any(f => Clean(f.Value) is not null)).ToList();
            if (all.Count == 0 && Scaffold && required) all.Add([]);
            if (all.Count == 0)
            {
                // An empty required list stays empty so the validator asks for one; an optional one reads "none".
                Key(key);
                if (required)
                {
                    Value(null, Kind.Text);
                }
                else
                {
                    emitter.Emit(new SequenceStart(null, null, true, SequenceStyle.Flow));
                    emitter.Emit(new SequenceEnd());
                }
                Comment(key);
                return;
            }
            Key(key);
            Comment(key);
            _path.Push(key);
            emitter.Emit(new SequenceStart(null, null, true, SequenceStyle.Block));
            foreach (var entry in all)
            {
                emitter.Emit(new MappingStart(null, null, true, MappingStyle.Block));
                // A scaffold's placeholder entry lists the fields to fill in; a flag is added only when it applies.
                var fields = entry.Length > 0 ? entry
                    : Fields.First(f => f.Name == key).Entries!.Where(f => f.Name != PracticeFields.Evaluation).Select(f => (f.Name, (string?)null, Kind.Text)).ToArray();
                foreach (var (field, value, kind) in fields)
                {
                    var cleaned = Clean(value);
                    if (cleaned is null && !Scaffold) continue;
                    if (kind == Kind.Flag && cleaned is null) continue;
                    Key(field);
                    Value(cleaned, kind);
                    Comment(field);
                }
                emitter.Emit(new MappingEnd());
            }
            emitter.Emit(new SequenceEnd());
            _path.Pop();
        }

        private void Key(string key) => emitter.Emit(new YamlDotNet.Core.Events.Scalar(null, null, key, ScalarStyle.Plain, true, false));

        private void Comment(string key)
        {
            var path = _path.Count == 0 ? key : string.Join('.', _path.Reverse()) + "." + key;
            if (comments is not null && comments.TryGetValue(path, out var comment)) emitter.Emit(new Comment(comment, isInline: true));
        }

        private void Value(string? value, Kind kind)
        {
            if (value is null)
            {
                // An empty value, tagged as null so the emitter leaves it plain rather than writing ''.
                emitter.Emit(new YamlDotNet.Core.Events.Scalar(null, NullTag, "", ScalarStyle.Plain, true, false));
                return;
            }
            var plain = kind switch
            {
                Kind.Slug => PlainSlug().IsMatch(value) && !IsReserved(value),
                Kind.Text => PlainText().IsMatch(value) && !IsReserved(value),
                Kind.Number => Digits().IsMatch(value),
                Kind.Date => IsoDate().IsMatch(value),
                Kind.Url => PlainUrl().IsMatch(value),
                Kind.Flag => true,
                _ => false,
            };
            // Prose goes in a folded block, wrapped for the reader of the file; the emitter quotes it instead when
            // it holds what a block cannot carry. Anything else that is not plain is double-quoted, the one style
            // that carries any character through an escape.
            var style = plain ? ScalarStyle.Plain : kind == Kind.Prose && CanFold(value) ? ScalarStyle.Folded : ScalarStyle.DoubleQuoted;
            emitter.Emit(new YamlDotNet.Core.Events.Scalar(null, null, value, style, plain, !plain));
        }

        private static bool CanFold(string value) =>
            !value.Any(c => char.IsControl(c) || c is '\ufeff') && !char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[^1])
            && !value.Contains("  ", StringComparison.Ordinal);

        private static bool IsReserved(string value) => Reserved.Contains(value, StringComparer.OrdinalIgnoreCase);

        private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // The space the emitter leaves after the colon of a field written empty.
    [GeneratedRegex(@"(?m)^( *(?:- )?[a-z_]+:) $")]
    private static partial Regex EmptyValueSpace();

    // Letters and digits first; then only characters that mean nothing to YAML in a block value.
    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N}\p{M} .,;()/&+'’–—-]*(?<! )$")]
    private static partial Regex PlainText();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$")]
    private static partial Regex PlainSlug();

    [GeneratedRegex("^[0-9]{1,9}$")]
    private static partial Regex Digits();

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    private static partial Regex IsoDate();

    [GeneratedRegex("^https?://[A-Za-z0-9._~/?=&%+-]+$")]
    private static partial Regex PlainUrl();
}
