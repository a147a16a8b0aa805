using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GoodPractices.Core.Taxonomy;
using GoodPractices.Core.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GoodPractices.Core.Content;

/// <summary>
/// Reads one practice file and checks everything that can be checked without the rest of the corpus:
/// the shape of the front matter, types, vocabularies, countries, URLs, years, dates and body length.
/// </summary>
public sealed partial class PracticeFileReader
{
    public const int MinimumBodyWords = 50;
    public const int MaxTitleLength = 160;
    public const int MaxSummaryLength = 400;
    public const int EarliestStartYear = 1950;

    internal static readonly IReadOnlyList<string> OriginalFields = PracticeFormat.FieldNames;

    internal static readonly IReadOnlyList<string> TranslationFields = PracticeFormat.TranslationFieldNames;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly PracticeTaxonomy _taxonomy;
    private readonly DateOnly _today;
    private readonly bool _keepBodies;
    private readonly long _maxFileBytes;

    /// <summary>The largest practice file read unless configured otherwise: a long entry is a few tens of kilobytes.</summary>
    public const long DefaultMaxFileBytes = 1024 * 1024;

    /// <param name="keepBodies">
    /// When false, bodies are checked but not kept (<see cref="Practice.Body"/> is empty) and each file's
    /// <see cref="PracticeFile.Fingerprint"/> is taken, so that the bodies can be read back one at a time with
    /// <see cref="ReadBody"/>: a large corpus is then never in memory at once.
    /// </param>
    /// <param name="maxFileBytes">Larger files are refused unread, so that no file can make an unbounded page.</param>
    public PracticeFileReader(PracticeTaxonomy taxonomy, DateOnly today, bool keepBodies = true, long maxFileBytes = DefaultMaxFileBytes)
    {
        _taxonomy = taxonomy;
        _today = today;
        _keepBodies = keepBodies;
        _maxFileBytes = maxFileBytes > 0 ? maxFileBytes : DefaultMaxFileBytes;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    /// <summary>Reads the file at <paramref name="fullPath"/>, reporting it as <paramref name="relativePath"/>.</summary>
    public PracticeFile ReadFile(string fullPath, string relativePath)
    {
        var length = new FileInfo(fullPath).Length;
        if (length > _maxFileBytes) return TooLarge(length, relativePath);
        return WithBytes(fullPath, (Reader: this, relativePath), static (bytes, state) =>
        {
            var file = state.Reader.Read(bytes, state.relativePath);
            return state.Reader._keepBodies ? file : file with { Fingerprint = Fingerprint(bytes) };
        });
    }

    /// <summary>
    /// Reads back the body of a file read before with bodies not kept, as that read would have kept it. Null when
    /// the file is gone, is not the same bytes as when it was checked (<paramref name="fingerprint"/>), or has lost
    /// its front matter: its body was never checked, so it must not be used.
    /// </summary>
    public static string? ReadBody(string fullPath, int fingerprint)
    {
        try
        {
            return WithBytes(fullPath, fingerprint, static (bytes, expected) =>
            {
                if (Fingerprint(bytes) != expected) return null;
                return TryDecode(bytes, expected, static (text, unused) =>
                    FrontMatter.SplitInPlace(text, out _) is { } split ? BodyOf(text, split).ToString() : null, out var body) ? body : null;
            });
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    // The same value for the same bytes within one process, which is all that reading a body back needs.
    private static int Fingerprint(ReadOnlySpan<byte> bytes)
    {
        var hash = new HashCode();
        hash.AddBytes(bytes);
        hash.Add(bytes.Length);
        return hash.ToHashCode();
    }

    private delegate T BytesReader<TState, T>(ReadOnlySpan<byte> bytes, TState state);

    // The bytes are only decoded, so they go into a pooled buffer rather than a new array per file.
    private static T WithBytes<TState, T>(string fullPath, TState state, BytesReader<TState, T> read)
    {
        using var handle = File.OpenHandle(fullPath);
        var length = RandomAccess.GetLength(handle);
        if (length is 0 or > MaxPooledFileBytes) return read(File.ReadAllBytes(fullPath), state);
        var buffer = ArrayPool<byte>.Shared.Rent((int)length);
        try
        {
            var done = 0;
            int count;
            while (done < length && (count = RandomAccess.Read(handle, buffer.AsSpan(done, (int)length - done), done)) > 0)
            {
                done += count;
            }
            return read(buffer.AsSpan(0, done), state);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private const int MaxPooledFileBytes = 1 << 20;

    /// <summary>Reads a practice from raw bytes (a file, or text a contributor pasted into a form).</summary>
    public PracticeFile Read(byte[] bytes, string relativePath) =>
        bytes.LongLength > _maxFileBytes ? TooLarge(bytes.LongLength, relativePath) : Read(bytes.AsSpan(), relativePath);

    private PracticeFile TooLarge(long length, string relativePath)
    {
        var bag = new DiagnosticBag(relativePath);
        bag.Error(SourcePosition.FileStart, DiagnosticCodes.FileTooLarge, null,
            MessagePart.Of("file-too-large", ("size", Kilobytes(length)), ("max", Kilobytes(_maxFileBytes))));
        return new PracticeFile { Path = relativePath, Diagnostics = bag.Items };
    }

    private static string Kilobytes(long bytes) => ((bytes + 1023) / 1024).ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>
    /// A file or folder of the corpus that is a link to somewhere outside it: refused unread, since what it leads to
    /// is not part of the corpus that was reviewed.
    /// </summary>
    public static PracticeFile LinkOutsideCorpus(string relativePath)
    {
        var bag = new DiagnosticBag(relativePath);
        bag.Error(SourcePosition.FileStart, DiagnosticCodes.LinkOutsideCorpus, null,
            MessagePart.Of("link-outside-corpus", ("link", relativePath)));
        return new PracticeFile { Path = relativePath, Diagnostics = bag.Items };
    }

    private PracticeFile Read(ReadOnlySpan<byte> bytes, string relativePath)
    {
        var bag = new DiagnosticBag(relativePath);
        return TryDecode(bytes, (Reader: this, relativePath, bag), static (text, state) => state.Reader.Read(text, state.relativePath, state.bag),
            out var file)
            ? file
            : NotUtf8(bytes, bag);
    }

    private delegate T CharsReader<TState, T>(ReadOnlySpan<char> text, TState state);

    // Decoded into a pooled buffer, without a leading byte order mark: only what the reader keeps becomes a string.
    // False when the bytes are not UTF-8.
    private static bool TryDecode<TState, T>(ReadOnlySpan<byte> bytes, TState state, CharsReader<TState, T> read, out T result)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        try
        {
            int count;
            try
            {
                count = StrictUtf8.GetChars(bytes, chars);
            }
            catch (DecoderFallbackException)
            {
                result = default!;
                return false;
            }
            result = read(chars.AsSpan(0, count).TrimStart('\uFEFF'), state);
            return true;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    // The body as the split leaves it in the text, trimmed: the same text as trimming the split's body, with one copy fewer.
    private static ReadOnlySpan<char> BodyOf(ReadOnlySpan<char> text, FrontMatterParts split) => text[split.BodyStart..].Trim();

    // The position of the first byte that is not UTF-8, as decoding the whole file into a string reports it.
    private static PracticeFile NotUtf8(ReadOnlySpan<byte> bytes, DiagnosticBag bag)
    {
        var at = SourcePosition.FileStart;
        try
        {
            StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            at = PositionOfByte(bytes, e.Index);
        }
        bag.Error(at, DiagnosticCodes.NotUtf8, null, MessagePart.Of("not-utf8"));
        return new PracticeFile { Path = bag.Path, Diagnostics = bag.Items };
    }

    public PracticeFile Read(string text, string relativePath) => Read(text, relativePath, new DiagnosticBag(relativePath));

    private PracticeFile Read(ReadOnlySpan<char> text, string relativePath, DiagnosticBag bag)
    {
        var split = FrontMatter.SplitInPlace(text, out var problemKey);
        if (split is null)
        {
            bag.Error(SourcePosition.FileStart, DiagnosticCodes.FrontMatterMissing, null, MessagePart.Of(problemKey!));
            return new PracticeFile { Path = relativePath, Diagnostics = bag.Items };
        }
        var body = BodyOf(text, split.Value);
        return Read(split.Value, _keepBodies ? body.ToString() : "", CountWords(body), relativePath, bag);
    }

    private PracticeFile Read(FrontMatterParts split, string body, int bodyWords, string relativePath, DiagnosticBag bag)
    {
        if (YamlShape.Check(split.Yaml, split.YamlFirstLine, out var events) is { } shape)
        {
            return YamlProblem(shape, split, relativePath, bag);
        }
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(YamlShape.Replay(events));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                bag.Error(new SourcePosition(split.YamlFirstLine, 1), DiagnosticCodes.FrontMatterMissing, null,
                    MessagePart.Of("front-matter-not-fields"));
                return new PracticeFile { Path = relativePath, Diagnostics = bag.Items };
            }
            root = mapping;
        }
        catch (YamlException e)
        {
            return YamlProblem(YamlShape.Describe(e, split.Yaml, split.YamlFirstLine), split, relativePath, bag);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or NotSupportedException)
        {
            // Some damaged front matter makes the YAML library fail without a syntax error of its own. It is still this
            // file's problem alone: report it at the front matter, in the project's words, and let every other file build.
            return YamlProblem(new YamlShape.Problem("yaml-syntax", split.YamlFirstLine, 1, []), split, relativePath, bag);
        }

        var fields = new YamlFields(root, bag, split.YamlFirstLine - 1);
        return fields.Has("translation_of")
            ? ReadTranslation(fields, split, body, bodyWords, relativePath)
            : ReadOriginal(fields, split, body, bodyWords, relativePath);
    }

    private PracticeFile ReadOriginal(YamlFields f, FrontMatterParts split, string body, int bodyWords, string relativePath)
    {
        var bag = f.Diagnostics;
        f.ReportUnknownKeys(OriginalFields);
        var fileStem = FileStem(relativePath, out var languageSuffix);

        var id = f.String("id", required: true);
        if (id is not null) CheckId(f, id, fileStem, languageSuffix);

        var title = f.String("title", required: true, MaxTitleLength);
        var titleOriginal = f.String("title_original", required: false, MaxTitleLength);
        var summary = f.String("summary", required: true, MaxSummaryLength);
        var language = Language(f);
        var scope = Slug(f, "scope", PracticeTaxonomy.Scopes);
        var countries = Countries(f, allowNone: scope == InternationalScope.Slug);
        var organisations = f.MappingList("organisations", required: true, ReadOrganisation);
        var startYear = Year(f, "start_year", required: true);
        var endYear = Year(f, "end_year", required: false);
        if (startYear is not null && endYear is not null && endYear < startYear)
        {
            bag.Error(f.PositionOf("end_year"), DiagnosticCodes.YearOutOfRange, "end_year",
                MessagePart.Of("end-before-start", ("end", endYear), ("start", startYear)));
        }
        var status = Slug(f, "status", PracticeTaxonomy.Statuses);
        var interventions = Slugs(f, "intervention_types", PracticeTaxonomy.InterventionTypes, required: true);
        var stages = Slugs(f, "justice_stages", PracticeTaxonomy.JusticeStages, required: true);
        var settings = Slugs(f, "settings", PracticeTaxonomy.Settings, required: true);
        var groups = Slugs(f, "target_groups", PracticeTaxonomy.TargetGroups, required: true);
        var evidence = ReadEvidence(f);
        var unStandards = Slugs(f, PracticeFields.UnStandards, PracticeTaxonomy.UnStandards, required: false);
        var sources = f.MappingList("sources", required: true, ReadSource);
        EvaluationSources.Check(f, evidence, sources);
        var related = f.StringList("related", required: false) ?? [];
        foreach (var (value, at) in related.Where(r => r.Value == id))
        {
            bag.Error(at, DiagnosticCodes.RelatedToItself, "related", MessagePart.Of("related-to-itself", ("id", value)));
        }
        var lastReviewed = LastReviewed(f, required: true);
        CheckBody(bag, split, bodyWords);

        Practice? practice = null;
        if (!bag.HasErrors)
        {
            practice = new Practice
            {
                Id = id!,
                Title = title!,
                TitleOriginal = titleOriginal,
                Summary = summary!,
                Language = language!,
                Countries = countries!,
                Scope = scope!,
                Organisations = organisations!,
                StartYear = startYear!.Value,
                EndYear = endYear,
                Status = status!,
                InterventionTypes = interventions!,
                JusticeStages = stages!,
                Settings = settings!,
                TargetGroups = groups!,
                Evidence = evidence!,
                UnStandards = unStandards ?? [],
                Sources = sources!,
                Related = related.Select(r => r.Value).Where(r => r != id).ToList(),
                LastReviewed = lastReviewed!.Value,
                Body = body,
                SourcePath = relativePath,
            };
        }
        return new PracticeFile
        {
            Path = relativePath,
            Diagnostics = bag.Items,
            Practice = practice,
            Id = id,
            IdPosition = f.PositionOf("id"),
            RelatedIds = related,
        };
    }

    private PracticeFile ReadTranslation(YamlFields f, FrontMatterParts split, string body, int bodyWords, string relativePath)
    {
        var bag = f.Diagnostics;
        f.ReportUnknownKeys(TranslationFields, name => OriginalFields.Contains(name));
        var translationOf = f.String("translation_of", required: true);
        var fileStem = FileStem(relativePath, out var languageSuffix);
        if (translationOf is not null && languageSuffix is not null && translationOf != fileStem)
        {
            bag.Error(f.PositionOf("translation_of"), DiagnosticCodes.IdDiffersFromFileName, "translation_of",
                MessagePart.Of("translation-file-name", ("id", translationOf), ("language", languageSuffix), ("file", System.IO.Path.GetFileName(relativePath))));
        }
        var language = Language(f);
        if (language is not null && languageSuffix != language)
        {
            bag.Error(f.PositionOf("language"), DiagnosticCodes.TranslationLanguageMismatch, "language",
                MessagePart.Of("translation-language-file-name", ("language", language), ("file", System.IO.Path.GetFileName(relativePath))));
        }
        var title = f.String("title", required: true, MaxTitleLength);
        var titleOriginal = f.String("title_original", required: false, MaxTitleLength);
        var summary = f.String("summary", required: true, MaxSummaryLength);
        var lastReviewed = LastReviewed(f, required: false);
        CheckBody(bag, split, bodyWords);

        PracticeTranslation? translation = null;
        if (!bag.HasErrors)
        {
            translation = new PracticeTranslation
            {
                TranslationOf = translationOf!,
                Language = language!,
                Title = title!,
                TitleOriginal = titleOriginal,
                Summary = summary!,
                LastReviewed = lastReviewed,
                Body = body,
                SourcePath = relativePath,
            };
        }
        return new PracticeFile
        {
            Path = relativePath,
            Diagnostics = bag.Items,
            Translation = translation,
            Id = translationOf,
            IdPosition = f.PositionOf("translation_of"),
            IsTranslation = true,
        };
    }

    private static void CheckId(YamlFields f, string id, string fileStem, string? languageSuffix)
    {
        var at = f.PositionOf("id");
        if (id.Length is < 3 or > 80 || !IdPattern().IsMatch(id))
        {
            f.Diagnostics.Error(at, DiagnosticCodes.InvalidId, "id", MessagePart.Of("invalid-id", ("id", id)));
            return;
        }
        if (languageSuffix is not null)
        {
            f.Diagnostics.Error(at, DiagnosticCodes.RequiredFieldMissing, "translation_of",
                MessagePart.Of("translation-suffix-without-original", ("language", languageSuffix), ("id", id)));
            return;
        }
        if (id != fileStem)
        {
            f.Diagnostics.Error(at, DiagnosticCodes.IdDiffersFromFileName, "id",
                MessagePart.Of("id-differs-from-file-name", ("id", id), ("stem", fileStem)));
        }
    }

    internal string? Language(YamlFields f)
    {
        var language = f.String("language", required: true);
        if (language is null) return null;
        if (_taxonomy.Languages.TryGetValue(language, out var known)) return known.Code;
        f.Diagnostics.Error(f.PositionOf("language"), DiagnosticCodes.UnknownLanguage, "language",
            MessagePart.Of("unknown-language", ("value", language)), Hints.DidYouMean(_taxonomy.ClosestLanguages(language)));
        return null;
    }

    private IReadOnlyList<string>? Countries(YamlFields f, bool allowNone)
    {
        var values = f.StringList("countries", required: !allowNone);
        if (values is null) return allowNone && !f.Has("countries") ? [] : null;
        var result = new List<string>();
        foreach (var (code, at) in values)
        {
            if (_taxonomy.Countries.TryGetValue(code, out var country))
            {
                result.Add(country.Code);
                continue;
            }
            var upper = code.ToUpperInvariant();
            var hint = _taxonomy.Countries.ContainsKey(upper)
                ? MessagePart.Of("write-in-capitals", ("value", upper))
                : Hints.DidYouMean(_taxonomy.ClosestCountries(upper));
            f.Diagnostics.Error(at, DiagnosticCodes.UnknownCountry, "countries", MessagePart.Of("unknown-country", ("value", code)), hint);
        }
        return result;
    }

    private string? Slug(YamlFields f, string key, string vocabularyKey, bool required = true)
    {
        var value = f.String(key, required);
        return value is null ? null : CheckSlug(f, key, vocabularyKey, value, f.PositionOf(key));
    }

    private IReadOnlyList<string>? Slugs(YamlFields f, string key, string vocabularyKey, bool required)
    {
        var values = f.StringList(key, required);
        if (values is null) return null;
        var slugs = new List<string>(values.Count);
        foreach (var (value, at) in values)
        {
            if (CheckSlug(f, key, vocabularyKey, value, at) is { } slug) slugs.Add(slug);
        }
        return slugs.Count == 0 ? Array.Empty<string>() : slugs;
    }

    // The value as the vocabulary spells it, or null (with the error reported) when the vocabulary has no such value.
    // The vocabulary's own string is kept rather than the file's copy: a corpus of 100,000 entries holds about
    // 900,000 such values, which are otherwise 50 MB of copies of a few hundred strings.
    private string? CheckSlug(YamlFields f, string key, string vocabularyKey, string value, SourcePosition at)
    {
        var vocabulary = _taxonomy[vocabularyKey];
        if (vocabulary.Find(value) is { } term) return term.Slug;
        var listed = vocabulary.Terms.Count <= 10
            ? MessagePart.Of("valid-values", ("values", string.Join(", ", vocabulary.Terms.Select(t => t.Slug))))
            : MessagePart.Of("valid-values-in-taxonomy");
        f.Diagnostics.Error(at, DiagnosticCodes.UnknownVocabularyValue, f.Name(key),
            MessagePart.Of("unknown-vocabulary-value", ("value", value), ("field", f.Name(key))), Hints.DidYouMean(vocabulary.ClosestTo(value)), listed);
        return null;
    }

    private int? Year(YamlFields f, string key, bool required)
    {
        var year = f.Integer(key, required);
        if (year is null) return null;
        if (year < EarliestStartYear || year > _today.Year)
        {
            f.Diagnostics.Error(f.PositionOf(key), DiagnosticCodes.YearOutOfRange, f.Name(key),
                MessagePart.Of("year-out-of-range", ("field", f.Name(key)), ("year", year), ("min", EarliestStartYear), ("max", _today.Year)));
            return null;
        }
        return year;
    }

    internal DateOnly? LastReviewed(YamlFields f, bool required)
    {
        var date = f.Date("last_reviewed", required);
        if (date is not null && date > _today)
        {
            f.Diagnostics.Error(f.PositionOf("last_reviewed"), DiagnosticCodes.ReviewDateInFuture, "last_reviewed",
                MessagePart.Of("review-date-in-future", ("date", date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("today", _today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
            return null;
        }
        return date;
    }

    private Organisation? ReadOrganisation(YamlFields f)
    {
        f.ReportUnknownKeys(["name", "type", "url"]);
        var name = f.String("name", required: true);
        var type = Slug(f, "type", PracticeTaxonomy.OrganisationTypes);
        var url = Url(f, "url");
        return name is null || type is null ? null : new Organisation(name, type, url);
    }

    internal SourceReference? ReadSource(YamlFields f)
    {
        f.ReportUnknownKeys(["title", "publisher", "year", "url", EvaluationSources.Key]);
        var title = f.String("title", required: true);
        var publisher = f.String("publisher", required: false);
        var year = f.Integer("year", required: false);
        if (year is not null && (year < 1900 || year > _today.Year))
        {
            f.Diagnostics.Error(f.PositionOf("year"), DiagnosticCodes.YearOutOfRange, f.Name("year"),
                MessagePart.Of("year-out-of-range", ("field", f.Name("year")), ("year", year), ("min", 1900), ("max", _today.Year)));
        }
        var url = Url(f, "url");
        var evaluation = EvaluationSources.Flag(f);
        return title is null ? null : new SourceReference(title, publisher, year, url, evaluation);
    }

    private Evidence? ReadEvidence(YamlFields root)
    {
        var f = root.Mapping("evidence", required: true);
        if (f is null) return null;
        f.ReportUnknownKeys(["level", "outcomes", "ratings"]);
        var level = Slug(f, "level", PracticeTaxonomy.EvidenceLevels);
        var outcomes = Slugs(f, "outcomes", PracticeTaxonomy.Outcomes, required: false) ?? [];
        var ratings = f.MappingList("ratings", required: false, r =>
        {
            r.ReportUnknownKeys(["source", "rating", "url"]);
            var source = r.String("source", required: true);
            var rating = r.String("rating", required: true);
            var url = Url(r, "url");
            return source is null || rating is null ? null : new ExternalRating(source, rating, url);
        }) ?? [];
        return level is null ? null : new Evidence(level, outcomes, ratings);
    }

    private static string? Url(YamlFields f, string key)
    {
        var value = f.String(key, required: false);
        if (value is null) return null;
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0)
        {
            return value;
        }
        f.Diagnostics.Error(f.PositionOf(key), DiagnosticCodes.BadUrl, f.Name(key),
            MessagePart.Of("bad-url", ("field", f.Name(key)), ("value", value)));
        return null;
    }

    private static void CheckBody(DiagnosticBag bag, FrontMatterParts split, int words)
    {
        var at = new SourcePosition(split.BodyFirstLine, 1);
        if (words == 0)
        {
            bag.Error(at, DiagnosticCodes.BodyTooShort, null, MessagePart.Of("body-empty", ("min", MinimumBodyWords)));
        }
        else if (words < MinimumBodyWords)
        {
            bag.Error(at, DiagnosticCodes.BodyTooShort, null, MessagePart.Of("body-too-short", ("words", words), ("min", MinimumBodyWords)));
        }
    }

    /// <summary>
    /// Words as a reader counts them: runs of text holding a letter or digit, leaving out the section headings
    /// (<c>## Context</c>), which every entry has and which describe nothing.
    /// </summary>
    public static int CountWords(string markdown) => CountWords(markdown.AsSpan());

    private static int CountWords(ReadOnlySpan<char> markdown)
    {
        var words = 0;
        foreach (var line in markdown.EnumerateLines())
        {
            if (!IsHeading(line)) words += CountWordsInLine(line);
        }
        return words;
    }

    // An ATX heading: up to three spaces, one to six '#', then a space or the end of the line.
    private static bool IsHeading(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimStart(' ');
        if (line.Length - trimmed.Length > 3) return false;
        var hashes = trimmed.Length - trimmed.TrimStart('#').Length;
        return hashes is >= 1 and <= 6 && (trimmed.Length == hashes || char.IsWhiteSpace(trimmed[hashes]));
    }

    private static int CountWordsInLine(ReadOnlySpan<char> line)
    {
        // The same count as splitting on white space and keeping the parts with a letter or digit, without
        // allocating a string per word.
        var words = 0;
        var inWord = false;
        var hasLetterOrDigit = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                if (hasLetterOrDigit) words++;
                inWord = hasLetterOrDigit = false;
            }
            else
            {
                inWord = true;
                if (!hasLetterOrDigit) hasLetterOrDigit = char.IsLetterOrDigit(c);
            }
        }
        return inWord && hasLetterOrDigit ? words + 1 : words;
    }

    /// <summary>The file name without <c>.md</c>, and the language of a translation's <c>.xx.md</c> suffix.</summary>
    internal static string FileStem(string relativePath, out string? languageSuffix)
    {
        var name = System.IO.Path.GetFileName(relativePath);
        var stem = name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
        var dot = stem.LastIndexOf('.');
        languageSuffix = dot > 0 && stem.Length - dot - 1 is 2 or 3 ? stem[(dot + 1)..] : null;
        return languageSuffix is null ? stem : stem[..dot];
    }

    private static PracticeFile YamlProblem(YamlShape.Problem problem, FrontMatterParts split, string relativePath, DiagnosticBag bag)
    {
        bag.Error(new SourcePosition(problem.Line, problem.Column), DiagnosticCodes.YamlSyntax, null,
            MessagePart.Of(problem.Key, problem.Arguments));
        return new PracticeFile { Path = relativePath, Diagnostics = bag.Items };
    }

    internal static SourcePosition PositionOfByte(ReadOnlySpan<byte> bytes, int index)
    {
        int line = 1, lineStart = 0;
        var end = Math.Clamp(index, 0, bytes.Length);
        for (var i = 0; i < end; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        // Columns count characters; in the valid UTF-8 before the bad byte, every character starts with a non-continuation byte.
        var column = 1;
        foreach (var b in bytes[lineStart..end])
        {
            if ((b & 0xC0) != 0x80) column++;
        }
        return new SourcePosition(line, column);
    }
}
