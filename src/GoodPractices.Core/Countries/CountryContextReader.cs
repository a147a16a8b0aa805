using System.Text;
using GoodPractices.Core.Content;
using GoodPractices.Core.Taxonomy;
using GoodPractices.Core.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GoodPractices.Core.Countries;

/// <summary>
/// Reads one country context file (<c>countries/&lt;code&gt;.md</c> or its translation <c>&lt;code&gt;.&lt;lang&gt;.md</c>) and
/// checks it with the codes, lines and columns a practice file gets: the country matches the file name and the
/// taxonomy, the language is known, <c>last_reviewed</c> is not in the future, the original cites at least one
/// source, and the body is three to six sentences.
/// </summary>
public sealed class CountryContextReader
{
    /// <summary>The folder of the corpus that holds country context files.</summary>
    public const string Folder = "countries";
    public const int MinSentences = 3;
    public const int MaxSentences = 6;

    internal static readonly string[] Fields = ["country", "language", "last_reviewed", "sources"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly PracticeTaxonomy _taxonomy;
    private readonly PracticeFileReader _fields;

    public CountryContextReader(PracticeTaxonomy taxonomy, DateOnly today)
    {
        _taxonomy = taxonomy;
        // The fields a context shares with a practice (language, review date, sources) are checked the same way.
        _fields = new PracticeFileReader(taxonomy, today);
    }

    /// <summary>Whether a path relative to the corpus folder is a country context file rather than a practice.</summary>
    public static bool IsContextPath(string relativePath) =>
        relativePath.Replace('\\', '/').StartsWith(Folder + "/", StringComparison.Ordinal);

    public CountryContextFile ReadFile(string fullPath, string relativePath) => Read(File.ReadAllBytes(fullPath), relativePath);

    public CountryContextFile Read(byte[] bytes, string relativePath)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException e)
        {
            var bag = new DiagnosticBag(relativePath);
            bag.Error(PracticeFileReader.PositionOfByte(bytes, e.Index), DiagnosticCodes.NotUtf8, null, MessagePart.Of("not-utf8"));
            return Result(bag, relativePath, null);
        }
        return Read(text, relativePath);
    }

    public CountryContextFile Read(string text, string relativePath)
    {
        var bag = new DiagnosticBag(relativePath);
        var fileName = Path.GetFileName(relativePath);
        var stem = PracticeFileReader.FileStem(relativePath, out var suffix);
        var fileCountry = stem.Length == 2 && stem.All(char.IsAsciiLetterLower) ? stem.ToUpperInvariant() : null;
        if (fileCountry is null)
        {
            bag.Error(SourcePosition.FileStart, DiagnosticCodes.IdDiffersFromFileName, null, MessagePart.Of("country-file-name", ("file", fileName)));
        }

        var split = FrontMatter.Split(text, out var problem);
        if (split is null)
        {
            bag.Error(SourcePosition.FileStart, DiagnosticCodes.FrontMatterMissing, null, MessagePart.Of(problem!));
            return Result(bag, relativePath, null);
        }
        if (Parse(split, bag) is not { } root) return Result(bag, relativePath, null);

        var f = new YamlFields(root, bag, split.YamlFirstLine - 1);
        f.ReportUnknownKeys(Fields);
        var country = Country(f, fileCountry, suffix);
        var language = _fields.Language(f);
        if (language is not null && suffix is not null && suffix != language)
        {
            bag.Error(f.PositionOf("language"), DiagnosticCodes.TranslationLanguageMismatch, "language",
                MessagePart.Of("translation-language-file-name", ("language", language), ("file", fileName)));
        }
        var lastReviewed = _fields.LastReviewed(f, required: true);
        var sources = f.MappingList("sources", required: suffix is null, _fields.ReadSource) ?? [];
        var body = split.Body.Trim();
        CheckBody(bag, body, split.BodyFirstLine);

        CountryContext? context = null;
        if (!bag.HasErrors)
        {
            context = new CountryContext
            {
                Country = country!,
                Language = language!,
                LastReviewed = lastReviewed!.Value,
                Sources = sources,
                Body = body,
                SourcePath = relativePath,
            };
        }
        return Result(bag, relativePath, context, fileCountry, suffix) with
        {
            CountryAt = f.PositionOf("country"),
            LanguageAt = f.PositionOf("language"),
        };
    }

    private static CountryContextFile Result(DiagnosticBag bag, string path, CountryContext? context, string? country = null, string? suffix = null) =>
        new() { Path = path, Diagnostics = bag.Items, Context = context, Country = country, TranslationLanguage = suffix };

    private static YamlMappingNode? Parse(FrontMatter split, DiagnosticBag bag)
    {
        // The same plain-words YAML messages as a practice's, at the line and column of the problem.
        if (YamlShape.Check(split.Yaml, split.YamlFirstLine, out var events) is { } shape)
        {
            Report(shape, bag);
            return null;
        }
        try
        {
            var stream = new YamlStream();
            stream.Load(YamlShape.Replay(events));
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode mapping) return mapping;
            bag.Error(new SourcePosition(split.YamlFirstLine, 1), DiagnosticCodes.FrontMatterMissing, null, MessagePart.Of("front-matter-not-fields"));
        }
        catch (YamlException e)
        {
            Report(YamlShape.Describe(e, split.Yaml, split.YamlFirstLine), bag);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or NotSupportedException)
        {
            Report(new YamlShape.Problem("yaml-syntax", split.YamlFirstLine, 1, []), bag);
        }
        return null;
    }

    private static void Report(YamlShape.Problem problem, DiagnosticBag bag) =>
        bag.Error(new SourcePosition(problem.Line, problem.Column), DiagnosticCodes.YamlSyntax, null, MessagePart.Of(problem.Key, problem.Arguments));

    private string? Country(YamlFields f, string? fileCountry, string? suffix)
    {
        var code = f.String("country", required: true);
        if (code is null) return null;
        var at = f.PositionOf("country");
        if (!_taxonomy.Countries.ContainsKey(code))
        {
            var upper = code.ToUpperInvariant();
            var hint = _taxonomy.Countries.ContainsKey(upper)
                ? MessagePart.Of("write-in-capitals", ("value", upper))
                : Hints.DidYouMean(_taxonomy.ClosestCountries(upper));
            f.Diagnostics.Error(at, DiagnosticCodes.UnknownCountry, "country", MessagePart.Of("unknown-country", ("value", code)), hint);
            return null;
        }
        if (fileCountry is not null && code != fileCountry)
        {
            var expectedFile = code.ToLowerInvariant() + (suffix is null ? "" : "." + suffix) + ".md";
            f.Diagnostics.Error(at, DiagnosticCodes.IdDiffersFromFileName, "country",
                MessagePart.Of("country-differs-from-file-name", ("country", code), ("expected", fileCountry), ("file", expectedFile)));
            return null;
        }
        return code;
    }

    private static void CheckBody(DiagnosticBag bag, string body, int firstLine)
    {
        var at = new SourcePosition(firstLine, 1);
        var sentences = SentenceCount.Of(body);
        if (sentences < MinSentences)
        {
            bag.Error(at, DiagnosticCodes.BodyTooShort, null,
                MessagePart.Of("context-too-few-sentences", ("sentences", sentences), ("min", MinSentences), ("max", MaxSentences)));
        }
        else if (sentences > MaxSentences)
        {
            bag.Error(at, DiagnosticCodes.TextTooLong, null,
                MessagePart.Of("context-too-many-sentences", ("sentences", sentences), ("max", MaxSentences)));
        }
    }
}
