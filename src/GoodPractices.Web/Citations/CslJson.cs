using System.Text.Json;
using System.Text.Json.Serialization;

namespace GoodPractices.Web.Citations;

/// <summary>CSL-JSON, what citeproc processors (Zotero, Pandoc) read: an array holding one item of type <c>webpage</c>.</summary>
public static class CslJson
{
    public const string ContentType = "application/vnd.citationstyles.csl+json; charset=utf-8";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IReadOnlyList<CslItem> Items(Citation citation) =>
    [
        new CslItem(
            citation.Id,
            "webpage",
            citation.Title,
            // The knowledge base is the site the page belongs to; its publisher is not repeated as a second name.
            Citation.Container,
            [new CslName(Citation.Author)],
            citation.Summary,
            citation.Language,
            string.Join(", ", citation.Keywords),
            citation.Url,
            CslDate.Of(citation.Published),
            CslDate.Of(citation.Accessed)),
    ];

    public static string Write(Citation citation) => JsonSerializer.Serialize(Items(citation), Options);
}

/// <summary>One CSL-JSON item, with the variable names citeproc reads.</summary>
public sealed record CslItem(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("container-title")] string ContainerTitle,
    [property: JsonPropertyName("author")] IReadOnlyList<CslName> Author,
    [property: JsonPropertyName("abstract")] string Abstract,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("keyword")] string Keyword,
    [property: JsonPropertyName("URL")] string Url,
    [property: JsonPropertyName("issued")] CslDate Issued,
    [property: JsonPropertyName("accessed")] CslDate Accessed);

/// <summary>An institutional author, which citeproc prints as written rather than as "family, given".</summary>
public sealed record CslName([property: JsonPropertyName("literal")] string Literal);

/// <summary>A CSL date: <c>{"date-parts": [[2026, 11, 1]]}</c>.</summary>
public sealed record CslDate([property: JsonPropertyName("date-parts")] IReadOnlyList<IReadOnlyList<int>> DateParts)
{
    public static CslDate Of(DateOnly date) => new([[date.Year, date.Month, date.Day]]);
}
