namespace GoodPractices.Web.Maps;

/// <summary>
/// Europe as a tile grid: one equal square per country, placed roughly where the country lies. Drawn on the
/// server as inline SVG, it needs no tile server or geometry files, keeps small countries (Malta, Luxembourg)
/// as easy to click as large ones, and shows each count in its square so nothing depends on colour alone.
/// </summary>
public static class EuropeTileMap
{
    public const int Columns = 10;
    public const int Rows = 9;

    /// <summary>Column and row of each country on the grid.</summary>
    public static readonly IReadOnlyDictionary<string, (int Column, int Row)> Tiles = new Dictionary<string, (int, int)>
    {
        ["IS"] = (0, 0), ["NO"] = (5, 0), ["SE"] = (6, 0), ["FI"] = (7, 0),
        ["IE"] = (1, 1), ["GB"] = (2, 1), ["DK"] = (5, 1), ["EE"] = (8, 1),
        ["NL"] = (3, 2), ["DE"] = (4, 2), ["PL"] = (5, 2), ["LT"] = (6, 2), ["LV"] = (7, 2), ["BY"] = (8, 2),
        ["BE"] = (3, 3), ["LU"] = (4, 3), ["CZ"] = (5, 3), ["SK"] = (6, 3), ["UA"] = (7, 3), ["MD"] = (8, 3),
        ["FR"] = (2, 4), ["CH"] = (3, 4), ["AT"] = (4, 4), ["HU"] = (5, 4), ["RO"] = (6, 4),
        ["PT"] = (0, 5), ["ES"] = (1, 5), ["IT"] = (3, 5), ["SI"] = (4, 5), ["HR"] = (5, 5), ["RS"] = (6, 5), ["BG"] = (7, 5),
        ["BA"] = (5, 6), ["ME"] = (6, 6), ["MK"] = (7, 6), ["TR"] = (8, 6),
        ["MT"] = (3, 7), ["AL"] = (6, 7), ["GR"] = (7, 7), ["CY"] = (8, 7),
    };

    /// <summary>The shade step for a count: 0 for none, then 1 to 4 as practices grow.</summary>
    public static int Step(int count) => count switch
    {
        <= 0 => 0,
        1 => 1,
        <= 3 => 2,
        <= 6 => 3,
        _ => 4,
    };
}
