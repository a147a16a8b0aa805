using System.Text.Json;
using GoodPractices.Core.Content;
using GoodPractices.Core.Rendering;

namespace GoodPractices.Search.Indexing;

/// <summary>
/// What a result list shows of a practice, stored beside the whole practice: a page of hits reads these few
/// hundred bytes per hit, and the opening of the running text for its snippet, instead of every translation's
/// whole body, and never parses Markdown at search time.
/// </summary>
internal sealed record HitRecord(
    string Id,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> InterventionTypes,
    int StartYear,
    DateOnly LastReviewed,
    IReadOnlyList<HitText> Texts)
{
    /// <summary>The practice's evidence level, for the badge a result card shows; null in a version written without it.</summary>
    public string? EvidenceLevel { get; init; }

    /// <summary>Whether the practice still runs (<c>active</c>, <c>ended</c>, ...); null in a version written without it.</summary>
    public string? Status { get; init; }

    /// <summary>The outcomes its evidence measured (slugs), which a result card lists; null in a version written without them.</summary>
    public IReadOnlyList<string>? Outcomes { get; init; }

    /// <summary>How much of a body's running text is kept for snippets: the best passage is nearly always in its opening.</summary>
    public const int MaxProseLength = 3000;

    /// <summary>
    /// The text a reader of <paramref name="language"/> sees, in the order a practice page chooses it: that language,
    /// else English, else the original (first).
    /// </summary>
    public HitText TextIn(string language) =>
        Texts.FirstOrDefault(t => t.Language == language) ?? Texts.FirstOrDefault(t => t.Language == Practice.FallbackLanguage) ?? Texts[0];

    public static HitRecord Of(Practice practice, Func<string, string> proseOf) => new(
        practice.Id, practice.Countries, practice.InterventionTypes, practice.StartYear, practice.LastReviewed,
        [
            new HitText(practice.Language, practice.Title, practice.Summary, Opening(proseOf(practice.Body))),
            .. practice.Translations.Select(t => new HitText(t.Language, t.Title, t.Summary, Opening(proseOf(t.Body)))),
        ])
    {
        EvidenceLevel = practice.Evidence.Level,
        Status = practice.Status,
        Outcomes = practice.Evidence.Outcomes,
    };

    /// <summary>
    /// The opening of <paramref name="prose"/>, cut at a space, its paragraphs joined by spaces: a passage shows them
    /// so, and a line break would have to be escaped in the stored JSON, which made every text read through the
    /// reader's slower unescaping path (3.5 times the cost of a text without escapes).
    /// </summary>
    public static string Opening(string prose)
    {
        prose = prose.ReplaceLineEndings(" ");
        if (prose.Length <= MaxProseLength) return prose;
        var cut = prose.LastIndexOf(' ', MaxProseLength);
        return prose[..(cut > 0 ? cut : MaxProseLength)];
    }

    private static readonly JsonSerializerOptions Options = new() { Encoder = PracticeJson.Stored };

    public byte[] SerializeToUtf8() => JsonSerializer.SerializeToUtf8Bytes(this, Options);

    /// <summary>The record without its prose, as UTF-8 JSON: what a list of hits without passages needs.</summary>
    public byte[] SerializeWithoutProse() =>
        JsonSerializer.SerializeToUtf8Bytes(this with { Texts = [.. Texts.Select(t => t with { Prose = "" })] }, Options);

    public static HitRecord Deserialize(string json) =>
        JsonSerializer.Deserialize<HitRecord>(json) ?? throw new InvalidDataException("A stored hit record is empty; the index version is damaged.");

    public static HitRecord Deserialize(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize<HitRecord>(utf8Json) ?? throw new InvalidDataException("A stored hit record is empty; the index version is damaged.");

    /// <summary>
    /// The record with only the text a reader of <paramref name="language"/> is shown (<see cref="TextIn"/>): a page
    /// of hits shows one language of each practice, and a practice in five languages carries five openings of its
    /// prose. A record in another shape than <see cref="SerializeToUtf8"/> writes is read whole.
    /// </summary>
    public static HitRecord ReadFor(ReadOnlySpan<byte> utf8Json, string language)
    {
        var reader = new Utf8JsonReader(utf8Json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return Deserialize(utf8Json);
        string? id = null, evidenceLevel = null, status = null;
        IReadOnlyList<string> countries = [], interventionTypes = [];
        IReadOnlyList<string>? outcomes = null;
        var startYear = 0;
        DateOnly lastReviewed = default;
        HitText? wanted = null, english = null, first = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("Id"u8)) id = NextString(ref reader);
            else if (reader.ValueTextEquals("Countries"u8)) countries = NextStrings(ref reader);
            else if (reader.ValueTextEquals("InterventionTypes"u8)) interventionTypes = NextStrings(ref reader);
            else if (reader.ValueTextEquals("StartYear"u8) && reader.Read()) startYear = reader.GetInt32();
            else if (reader.ValueTextEquals("LastReviewed"u8) && reader.Read()) lastReviewed = Date(reader.ValueSpan) ?? DateOnly.FromDateTime(reader.GetDateTime());
            else if (reader.ValueTextEquals("EvidenceLevel"u8)) evidenceLevel = NextString(ref reader);
            else if (reader.ValueTextEquals("Status"u8)) status = NextString(ref reader);
            else if (reader.ValueTextEquals("Outcomes"u8)) outcomes = NextStringsOrNull(ref reader);
            else if (reader.ValueTextEquals("Texts"u8))
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray) return Deserialize(utf8Json);
                for (var index = 0; reader.Read() && reader.TokenType == JsonTokenType.StartObject; index++)
                {
                    // The language comes first (HitText declares it first), so a text no reader sees is skipped unread.
                    if (!reader.Read() || !reader.ValueTextEquals("Language"u8) || !reader.Read()) return Deserialize(utf8Json);
                    var isWanted = reader.ValueTextEquals(language);
                    var isEnglish = reader.ValueTextEquals(Practice.FallbackLanguage);
                    if (index > 0 && !isWanted && !(isEnglish && wanted is null && english is null))
                    {
                        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject) reader.Skip();
                        continue;
                    }
                    var text = new HitText(reader.GetString()!, "", "", "");
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        if (reader.ValueTextEquals("Title"u8)) text = text with { Title = NextString(ref reader) ?? "" };
                        else if (reader.ValueTextEquals("Summary"u8)) text = text with { Summary = NextString(ref reader) ?? "" };
                        else if (reader.ValueTextEquals("Prose"u8)) text = text with { Prose = NextString(ref reader) ?? "" };
                        else reader.Skip();
                    }
                    if (isWanted) wanted ??= text;
                    else if (isEnglish) english ??= text;
                    if (index == 0) first = text;
                }
            }
            else reader.Skip();
        }
        var shown = wanted ?? english ?? first;
        if (id is null || shown is null) return Deserialize(utf8Json);
        return new HitRecord(id, countries, interventionTypes, startYear, lastReviewed, [shown])
        {
            EvidenceLevel = evidenceLevel,
            Status = status,
            Outcomes = outcomes,
        };
    }

    private static string? NextString(ref Utf8JsonReader reader) => reader.Read() ? reader.GetString() : null;

    // A date as the serializer writes one (yyyy-MM-dd), read without the general date parser, which cost more than
    // the rest of the record; null for any other form.
    private static DateOnly? Date(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length != 10 || utf8[4] != '-' || utf8[7] != '-') return null;
        return System.Buffers.Text.Utf8Parser.TryParse(utf8[..4], out int year, out var y) && y == 4
            && System.Buffers.Text.Utf8Parser.TryParse(utf8[5..7], out int month, out var m) && m == 2
            && System.Buffers.Text.Utf8Parser.TryParse(utf8[8..], out int day, out var d) && d == 2
            && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    private static IReadOnlyList<string> NextStrings(ref Utf8JsonReader reader) => NextStringsOrNull(ref reader) ?? [];

    // A list of strings; null when the record holds null there.
    private static List<string>? NextStringsOrNull(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType == JsonTokenType.Null) return null;
        var values = new List<string>();
        if (reader.TokenType != JsonTokenType.StartArray) return values;
        while (reader.Read() && reader.TokenType == JsonTokenType.String) values.Add(reader.GetString()!);
        return values;
    }

    /// <summary>The record of a practice read back whole (an index version written before hit records were stored).</summary>
    public static HitRecord From(Practice practice) => Of(practice, MarkdownRenderer.ToProse);
}

/// <summary>One language's title, summary and opening prose of a practice.</summary>
internal sealed record HitText(string Language, string Title, string Summary, string Prose);
