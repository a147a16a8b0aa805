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

    internal static readonly string[] OriginalFields =
    [
        "id", "title", "title_original", "summary", "language", "countries", "scope", "organisations", "start_year",
        "end_year", "status", "intervention_types", "justice_stages", "settings", "target_groups", "evidence",
        "un_standards", "sources", "related", "last_reviewed",
    ];

    internal static readonly string[] TranslationFields =
        ["translation_of", "language", "title", "title_original", "summary", "last_reviewed"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly PracticeTaxonomy _taxonomy;
    private readonly DateOnly _today;

    public PracticeFileReader(PracticeTaxonomy taxonomy, DateOnly today)
    {
        _taxonomy = taxonomy;
        _today = today;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    /// <summary>Reads the file at <paramref name="fullPath"/>, reporting it as <paramref name="relativePath"/>.</summary>
    public PracticeFile ReadFile(string fullPath, string relativePath) =>
        Read(File.ReadAllBytes(fullPath), relativePath);

    /// <summary>Reads a practice from raw bytes (a file, or text a contributor pasted into a form).</summary>
    public PracticeFile Read(byte[] bytes, string relativePath)
    {
        var bag = new DiagnosticBag(relativePath);
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var at = PositionOfByte(bytes, e.Index);
            bag.Error(at, DiagnosticCodes.NotUtf8,
                "The file is not saved as UTF-8 text. Save it again choosing the encoding 'UTF-8' in your editor.");
            return new PracticeFile { Path = relativePath, Diagnostics = bag.Items };
        }
        return Read(text.TrimStart('\uFEFF'), relativePath, bag);
    }

    public PracticeFile Read(string text, string relativePath) => Read(text, relativePath, new DiagnosticBag(relativePath));

    private PracticeFile Read(string text, string relativePath, DiagnosticBag bag)
    {
        var split = FrontMatter.Split(text, out var problem);
        if (split is null)
        {
            bag.Error(SourcePosition.FileStart, DiagnosticCodes.FrontMatterMissing, problem!);
            return new PracticeFile { Path = relativePath, Diagnostics = bag.Items };
        }

        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(split.Yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                bag.Error(new SourcePosition(split.YamlFirstLine, 1), DiagnosticCodes.FrontMatterMissing,
                    "The front matter must be a list of fields, one 'name: value' per line.");
                return new PracticeFile { Path = relativePath, Diagnostics = bag.Items };
            }
            root = mapping;
        }
        catch (YamlException e)
        {
            bag.Error(new SourcePosition((int)e.Start.Line + split.YamlFirstLine - 1, (int)e.Start.Column), DiagnosticCodes.YamlSyntax,
                $"The front matter cannot be read here: {YamlProblem(e)} Check indentation, and put text containing ': ' or starting with a quote or '-' in double quotes.");
            return new PracticeFile { Path = relativePath, Diagnostics = bag.Items };
        }

        var fields = new YamlFields(root, bag, split.YamlFirstLine - 1);
        return fields.Has("translation_of")
            ? ReadTranslation(fields, split, relativePath)
            : ReadOriginal(fields, split, relativePath);
    }

    private PracticeFile ReadOriginal(YamlFields f, FrontMatter split, string relativePath)
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
        var countries = Countries(f);
        var scope = Slug(f, "scope", PracticeTaxonomy.Scopes);
        var organisations = f.MappingList("organisations", required: true, ReadOrganisation);
        var startYear = Year(f, "start_year", required: true);
        var endYear = Year(f, "end_year", required: false);
        if (startYear is not null && endYear is not null && endYear < startYear)
        {
            bag.Error(f.PositionOf("end_year"), DiagnosticCodes.YearOutOfRange,
                $"'end_year' ({endYear}) is before 'start_year' ({startYear}).", "end_year");
        }
        var status = Slug(f, "status", PracticeTaxonomy.Statuses);
        var interventions = Slugs(f, "intervention_types", PracticeTaxonomy.InterventionTypes, required: true);
        var stages = Slugs(f, "justice_stages", PracticeTaxonomy.JusticeStages, required: true);
        var settings = Slugs(f, "settings", PracticeTaxonomy.Settings, required: true);
        var groups = Slugs(f, "target_groups", PracticeTaxonomy.TargetGroups, required: true);
        var evidence = ReadEvidence(f);
        var unStandards = Slugs(f, "un_standards", PracticeTaxonomy.UnStandards, required: false);
        var sources = f.MappingList("sources", required: true, ReadSource);
        var related = f.StringList("related", required: false) ?? [];
        foreach (var (value, at) in related.Where(r => r.Value == id))
        {
            bag.Error(at, DiagnosticCodes.RelatedToItself, $"'related' lists the entry itself ('{value}'); remove it.", "related");
        }
        var lastReviewed = LastReviewed(f, required: true);
        var body = split.Body.Trim();
        CheckBody(bag, split, body);

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

    private PracticeFile ReadTranslation(YamlFields f, FrontMatter split, string relativePath)
    {
        var bag = f.Diagnostics;
        f.ReportUnknownKeys(TranslationFields, name => OriginalFields.Contains(name)
            ? $"A translation holds only translation_of, language, title, summary, title_original and last_reviewed; '{name}' is taken from the original entry. Remove it here, or change it in the original."
            : null);
        var translationOf = f.String("translation_of", required: true);
        var fileStem = FileStem(relativePath, out var languageSuffix);
        if (translationOf is not null && languageSuffix is not null && translationOf != fileStem)
        {
            bag.Error(f.PositionOf("translation_of"), DiagnosticCodes.IdDiffersFromFileName,
                $"This file translates '{translationOf}', so it must be named '{translationOf}.{languageSuffix}.md', not '{System.IO.Path.GetFileName(relativePath)}'.",
                "translation_of");
        }
        var language = Language(f);
        if (language is not null && languageSuffix != language)
        {
            bag.Error(f.PositionOf("language"), DiagnosticCodes.TranslationLanguageMismatch,
                $"A translation into '{language}' must be named '<id>.{language}.md'; this file is named '{System.IO.Path.GetFileName(relativePath)}'.",
                "language");
        }
        var title = f.String("title", required: true, MaxTitleLength);
        var titleOriginal = f.String("title_original", required: false, MaxTitleLength);
        var summary = f.String("summary", required: true, MaxSummaryLength);
        var lastReviewed = LastReviewed(f, required: false);
        var body = split.Body.Trim();
        CheckBody(bag, split, body);

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
            f.Diagnostics.Error(at, DiagnosticCodes.InvalidId,
                $"The id '{id}' may use only lower-case letters a-z, digits and single hyphens, 3 to 80 characters, such as 'it-therapeutic-probation'.", "id");
            return;
        }
        if (languageSuffix is not null)
        {
            f.Diagnostics.Error(at, DiagnosticCodes.RequiredFieldMissing,
                $"The file name ends in '.{languageSuffix}.md', which marks a translation, but the front matter has no 'translation_of'. Add 'translation_of: <id of the original>', or rename the file to '{id}.md'.", "translation_of");
            return;
        }
        if (id != fileStem)
        {
            f.Diagnostics.Error(at, DiagnosticCodes.IdDiffersFromFileName,
                $"The id '{id}' must equal the file name without '.md' ('{fileStem}'). Rename the file to '{id}.md' or change the id.", "id");
        }
    }

    private string? Language(YamlFields f)
    {
        var language = f.String("language", required: true);
        if (language is null || _taxonomy.Languages.ContainsKey(language)) return language;
        var closest = _taxonomy.ClosestLanguages(language);
        f.Diagnostics.Error(f.PositionOf("language"), DiagnosticCodes.UnknownLanguage,
            $"'{language}' is not a known language code; use the two-letter ISO 639-1 code such as en, fr, it, pt or cs.{DidYouMean(closest)}", "language");
        return null;
    }

    private IReadOnlyList<string>? Countries(YamlFields f)
    {
        var values = f.StringList("countries", required: true);
        if (values is null) return null;
        var result = new List<string>();
        foreach (var (code, at) in values)
        {
            if (_taxonomy.Countries.ContainsKey(code))
            {
                result.Add(code);
                continue;
            }
            var upper = code.ToUpperInvariant();
            var hint = _taxonomy.Countries.ContainsKey(upper)
                ? $" Write it in capitals: '{upper}'."
                : DidYouMean(_taxonomy.ClosestCountries(upper));
            f.Diagnostics.Error(at, DiagnosticCodes.UnknownCountry,
                $"'{code}' is not an ISO 3166-1 country code (two capital letters, such as IT, PT, FR or CZ).{hint}", "countries");
        }
        return result;
    }

    private string? Slug(YamlFields f, string key, string vocabularyKey, bool required = true)
    {
        var value = f.String(key, required);
        if (value is null) return null;
        return CheckSlug(f, key, vocabularyKey, value, f.PositionOf(key)) ? value : null;
    }

    private IReadOnlyList<string>? Slugs(YamlFields f, string key, string vocabularyKey, bool required)
    {
        var values = f.StringList(key, required);
        if (values is null) return null;
        return values.Where(v => CheckSlug(f, key, vocabularyKey, v.Value, v.At)).Select(v => v.Value).ToList();
    }

    private bool CheckSlug(YamlFields f, string key, string vocabularyKey, string value, SourcePosition at)
    {
        var vocabulary = _taxonomy[vocabularyKey];
        if (vocabulary.Contains(value)) return true;
        var closest = vocabulary.ClosestTo(value);
        var listed = vocabulary.Terms.Count <= 10 ? $" Valid values: {string.Join(", ", vocabulary.Terms.Select(t => t.Slug))}." : " The valid values are listed in practices/taxonomy.yml.";
        f.Diagnostics.Error(at, DiagnosticCodes.UnknownVocabularyValue,
            $"'{value}' is not a valid value for '{f.Name(key)}'.{DidYouMean(closest)}{listed}", f.Name(key));
        return false;
    }

    private int? Year(YamlFields f, string key, bool required)
    {
        var year = f.Integer(key, required);
        if (year is null) return null;
        if (year < EarliestStartYear || year > _today.Year)
        {
            f.Diagnostics.Error(f.PositionOf(key), DiagnosticCodes.YearOutOfRange,
                $"'{f.Name(key)}' is {year}; it must be a year between {EarliestStartYear} and {_today.Year}.", f.Name(key));
            return null;
        }
        return year;
    }

    private DateOnly? LastReviewed(YamlFields f, bool required)
    {
        var date = f.Date("last_reviewed", required);
        if (date is not null && date > _today)
        {
            f.Diagnostics.Error(f.PositionOf("last_reviewed"), DiagnosticCodes.ReviewDateInFuture,
                $"'last_reviewed' is {date:yyyy-MM-dd}, which is in the future; use the date the entry was last checked (today is {_today:yyyy-MM-dd}).", "last_reviewed");
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

    private SourceReference? ReadSource(YamlFields f)
    {
        f.ReportUnknownKeys(["title", "publisher", "year", "url"]);
        var title = f.String("title", required: true);
        var publisher = f.String("publisher", required: false);
        var year = f.Integer("year", required: false);
        if (year is not null && (year < 1900 || year > _today.Year))
        {
            f.Diagnostics.Error(f.PositionOf("year"), DiagnosticCodes.YearOutOfRange,
                $"'{f.Name("year")}' is {year}; a source's year must be between 1900 and {_today.Year}.", f.Name("year"));
        }
        var url = Url(f, "url");
        return title is null ? null : new SourceReference(title, publisher, year, url);
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
        f.Diagnostics.Error(f.PositionOf(key), DiagnosticCodes.BadUrl,
            $"'{f.Name(key)}' must be a full web address starting with https:// or http://; '{value}' is not.", f.Name(key));
        return null;
    }

    private static void CheckBody(DiagnosticBag bag, FrontMatter split, string body)
    {
        var words = CountWords(body);
        var at = new SourcePosition(split.BodyFirstLine, 1);
        if (words == 0)
        {
            bag.Error(at, DiagnosticCodes.BodyTooShort,
                $"The entry has no text after the front matter. Describe the practice in at least {MinimumBodyWords} words, with the sections ## Context, ## What it does, ## Results, ## Transferability and ## Contact.");
        }
        else if (words < MinimumBodyWords)
        {
            bag.Error(at, DiagnosticCodes.BodyTooShort,
                $"The text has {words} words; describe the practice in at least {MinimumBodyWords}.");
        }
    }

    /// <summary>Words as a reader counts them: runs of text holding a letter or digit.</summary>
    public static int CountWords(string markdown) =>
        markdown.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));

    /// <summary>The file name without <c>.md</c>, and the language of a translation's <c>.xx.md</c> suffix.</summary>
    internal static string FileStem(string relativePath, out string? languageSuffix)
    {
        var name = System.IO.Path.GetFileName(relativePath);
        var stem = name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
        var dot = stem.LastIndexOf('.');
        languageSuffix = dot > 0 && stem.Length - dot - 1 is 2 or 3 ? stem[(dot + 1)..] : null;
        return languageSuffix is null ? stem : stem[..dot];
    }

    private static string DidYouMean(IReadOnlyList<string> closest) => closest.Count switch
    {
        0 => "",
        1 => $" Did you mean '{closest[0]}'?",
        _ => $" Did you mean {string.Join(" or ", closest.Select(c => $"'{c}'"))}?",
    };

    private static string YamlProblem(YamlException e)
    {
        // YamlDotNet prefixes its messages with the position, which we already give in the standard form.
        var message = e.InnerException?.Message ?? e.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        message = cut >= 0 ? message[(cut + 3)..] : message;
        return message.TrimEnd('.') + ".";
    }

    private static SourcePosition PositionOfByte(byte[] bytes, int index)
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
        var column = 1 + bytes.AsSpan(lineStart, end - lineStart).ToArray().Count(b => (b & 0xC0) != 0x80);
        return new SourcePosition(line, column);
    }
}
