using System.Text.Json;
using GoodPractices.Core.Countries;
using GoodPractices.Search.Indexing;

namespace GoodPractices.Search.Storage;

/// <summary>
/// The country contexts of an index version, as one JSON file beside the Lucene index: a version serves them
/// without the Markdown files it was built from, and a version written before contexts existed simply has none.
/// </summary>
internal static class CountryContextStore
{
    public const string FileName = "countries.json";

    private static readonly JsonSerializerOptions Options = new() { Encoder = PracticeJson.Stored };

    public static void Write(string path, IReadOnlyDictionary<string, CountryContext> contexts)
    {
        using var stream = File.Create(path);
        JsonSerializer.Serialize(stream, contexts.Values.OrderBy(c => c.Country, StringComparer.Ordinal).ToList(), Options);
    }

    public static IReadOnlyDictionary<string, CountryContext> Read(string path)
    {
        if (!File.Exists(path)) return new Dictionary<string, CountryContext>();
        using var stream = File.OpenRead(path);
        var contexts = JsonSerializer.Deserialize<List<CountryContext>>(stream, Options)
            ?? throw new InvalidDataException($"{path} is empty; the index version is damaged.");
        return contexts.ToDictionary(c => c.Country, StringComparer.Ordinal);
    }
}
