using System.Text.Json;
using System.Text.Json.Serialization;

namespace GoodPractices.Search.Storage;

/// <summary>The small file at the root of an index folder that names the version to serve.</summary>
internal sealed record IndexManifest(
    [property: JsonPropertyName("current")] string Current,
    [property: JsonPropertyName("created")] DateTimeOffset Created,
    [property: JsonPropertyName("practices")] int Practices)
{
    public const string FileName = "manifest.json";

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static IndexManifest? Read(string indexRoot)
    {
        var path = Path.Combine(indexRoot, FileName);
        if (!File.Exists(path)) return null;
        return JsonSerializer.Deserialize<IndexManifest>(File.ReadAllText(path), Options);
    }

    /// <summary>Replaces the manifest in one rename, so a reader sees either the old version or the new one, never half a file.</summary>
    public void Write(string indexRoot)
    {
        var path = Path.Combine(indexRoot, FileName);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, Options));
        File.Move(temporary, path, overwrite: true);
    }
}
