using System.Text.Json;
using System.Text.Json.Nodes;

namespace GoodPractices.Web.Citations;

/// <summary>CSL-JSON, what citeproc processors (Zotero, Pandoc) read: an array holding one item of type <c>webpage</c>.</summary>
public static class CslJson
{
    public const string ContentType = "application/vnd.citationstyles.csl+json; charset=utf-8";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Write(Citation citation)
    {
        var item = new JsonObject
        {
            ["id"] = citation.Id,
            ["type"] = "webpage",
            ["title"] = citation.Title,
            ["container-title"] = Citation.Container,
            ["publisher"] = Citation.Publisher,
            ["author"] = new JsonArray(new JsonObject { ["literal"] = Citation.Author }),
            ["abstract"] = citation.Summary,
            ["language"] = citation.Language,
            ["keyword"] = string.Join(", ", citation.Keywords),
            ["URL"] = citation.Url,
            ["issued"] = DateParts(citation.LastReviewed),
            ["accessed"] = DateParts(citation.Accessed),
        };
        return new JsonArray(item).ToJsonString(Indented);
    }

    private static JsonObject DateParts(DateOnly date) =>
        new() { ["date-parts"] = new JsonArray(new JsonArray(date.Year, date.Month, date.Day)) };
}
