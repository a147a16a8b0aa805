using System.Globalization;

namespace GoodPractices.Web.Maps;

/// <summary>Numbers as SVG reads them: a point for decimals whatever the reader's language, at most one decimal.</summary>
public static class SvgNumber
{
    public static string Of(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
