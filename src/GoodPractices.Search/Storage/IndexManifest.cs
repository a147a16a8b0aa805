using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace GoodPractices.Search.Storage;

/// <summary>The small file at the root of an index folder that names the version to serve.</summary>
internal sealed partial record IndexManifest(
    [property: JsonPropertyName("current")] string Current,
    [property: JsonPropertyName("created")] DateTimeOffset Created,
    [property: JsonPropertyName("practices")] int Practices)
{
    public const string FileName = "manifest.json";

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    /// <summary>
    /// What the manifest says. A manifest that cannot be trusted (not JSON, empty, naming a version that is not a
    /// plain folder name) is a problem in words for the operator, never an exception: the caller decides what to do.
    /// </summary>
    public static ManifestState Read(string indexRoot)
    {
        var path = Path.Combine(indexRoot, FileName);
        if (!File.Exists(path)) return new ManifestState(null, null);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Bad(path, "cannot be read");
        }
        if (string.IsNullOrWhiteSpace(text)) return Bad(path, "is empty");
        IndexManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<IndexManifest>(text, Options);
        }
        catch (JsonException)
        {
            return Bad(path, "is not valid JSON");
        }
        if (manifest?.Current is not { } version || !VersionName().IsMatch(version))
        {
            return Bad(path, "does not name a version folder");
        }
        return new ManifestState(version, null);
    }

    private static ManifestState Bad(string path, string what) => new(null, $"{path} {what}");

    /// <summary>Replaces the manifest in one rename, so a reader sees either the old version or the new one, never half a file.</summary>
    public void Write(string indexRoot)
    {
        var path = Path.Combine(indexRoot, FileName);
        var temporary = path + ".tmp";
        try
        {
            File.WriteAllText(temporary, JsonSerializer.Serialize(this, Options));
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    // What index versions are called: letters, digits, hyphens and underscores; never a path.
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$")]
    private static partial Regex VersionName();
}

/// <summary>The version a manifest names, or why it names none that can be trusted.</summary>
/// <param name="Version">The version to serve; null when there is no manifest or it is unusable.</param>
/// <param name="Problem">What is wrong with the manifest, in a few words naming it, when it is unusable; null otherwise.</param>
public sealed record ManifestState(string? Version, string? Problem);
