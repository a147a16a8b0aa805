namespace GoodPractices.Web.Pages.Countries;

/// <summary>
/// A horizontal bar chart drawn on the server as SVG: one labelled bar a value, its count at its end, and the same
/// figures as text for readers who cannot see it. No script draws or changes it.
/// </summary>
/// <param name="Title">What the chart shows, read first by a screen reader.</param>
/// <param name="Bars">Label, count and, when there is one, where the bar leads.</param>
public sealed record BarChart(string Id, string Title, IReadOnlyList<BarChart.Bar> Bars)
{
    public sealed record Bar(string Label, int Count, string? Href);

    /// <summary>Height of one bar's row in pixels: its label above, then the bar.</summary>
    public const int RowHeight = 40;

    /// <summary>The longest bar's share of the width, leaving room for its count.</summary>
    private const double LongestBar = 85.0;

    public int Height => Bars.Count * RowHeight;

    public int Max => Bars.Count == 0 ? 0 : Bars.Max(b => b.Count);

    /// <summary>The width of a bar in percent of the chart, so that it scales with the page while its text does not.</summary>
    public string WidthOf(Bar bar) =>
        (Max == 0 ? 0 : Math.Max(1.0, LongestBar * bar.Count / Max)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";

    /// <summary>The figures as one sentence, the chart's text alternative: "Legal aid: 2; Drug treatment court: 1".</summary>
    public string Description => string.Join("; ", Bars.Select(b => $"{b.Label}: {b.Count}"));
}
