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
    };

    /// <summary>The opening of <paramref name="prose"/>, cut at a space.</summary>
    public static string Opening(string prose)
    {
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

    /// <summary>The record of a practice read back whole (an index version written before hit records were stored).</summary>
    public static HitRecord From(Practice practice) => Of(practice, MarkdownRenderer.ToProse);
}

/// <summary>One language's title, summary and opening prose of a practice.</summary>
internal sealed record HitText(string Language, string Title, string Summary, string Prose);
