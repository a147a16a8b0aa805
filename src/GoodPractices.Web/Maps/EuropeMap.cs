using System.Text.Json;

namespace GoodPractices.Web.Maps;

/// <summary>
/// Europe's countries as SVG paths, projected once from Natural Earth's public-domain boundaries by
/// <c>tools/map/project.mjs</c> (Lambert azimuthal equal-area, so shaded areas compare fairly) and shipped
/// inside the assembly; the page only fills them from the counts.
/// </summary>
public static class EuropeMap
{
    private static readonly Lazy<EuropeMapShapes> Loaded = new(Load);

    /// <summary>The projected map: its frame and every country in it, largest first.</summary>
    public static EuropeMapShapes Shapes => Loaded.Value;

    /// <summary>The shade step for a count: 0 for none, then 1 to 4 as practices grow.</summary>
    public static int Step(int count) => count switch
    {
        <= 0 => 0,
        1 => 1,
        <= 3 => 2,
        <= 6 => 3,
        _ => 4,
    };

    private static EuropeMapShapes Load()
    {
        using var stream = typeof(EuropeMap).Assembly.GetManifestResourceStream("GoodPractices.Web.Maps.europe-map.json")
            ?? throw new InvalidOperationException("The map of Europe is missing from the assembly (Maps/europe-map.json).");
        return JsonSerializer.Deserialize<EuropeMapShapes>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("Maps/europe-map.json is empty.");
    }
}

/// <summary>The map's frame in SVG user units and its countries.</summary>
public sealed record EuropeMapShapes(int Width, int Height, IReadOnlyList<EuropeMapCountry> Countries);

/// <summary>One country: its ISO 3166-1 alpha-2 code, outline, centre, and whether it needs a dot to be found.</summary>
public sealed record EuropeMapCountry(string Code, string Path, double X, double Y, bool Small);
