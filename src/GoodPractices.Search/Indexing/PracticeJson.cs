using System.Text.Encodings.Web;
using System.Text.Json;
using GoodPractices.Core.Content;

namespace GoodPractices.Search.Indexing;

/// <summary>
/// The stored form of a whole practice with its translations, so that an index version can serve a practice
/// page without the Markdown files it was built from.
/// </summary>
internal static class PracticeJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        // Computed members (the available languages) are derived again from the data; storing them would only let them drift.
        IgnoreReadOnlyProperties = true,
        Encoder = Stored,
    };

    /// <summary>
    /// How stored JSON writes text: letters of every language as they are. The default escapes every letter outside
    /// ASCII ("ç" as six characters) and HTML's characters, which only matters for JSON put into a web page; stored
    /// JSON never is, and escaped it made the stored practices of a multilingual corpus larger and slower to write.
    /// </summary>
    public static JavaScriptEncoder Stored => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static string Serialize(Practice practice) => JsonSerializer.Serialize(practice, Options);

    public static Practice Deserialize(string json) =>
        JsonSerializer.Deserialize<Practice>(json, Options)
        ?? throw new InvalidDataException("A stored practice is empty; the index version is damaged.");
}
