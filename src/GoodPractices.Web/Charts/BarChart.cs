namespace GoodPractices.Web.Charts;

/// <summary>
/// A horizontal bar chart drawn on the server (Pages/Shared/_BarChart): one row per value, each bar split into
/// series, with the same numbers as a table for readers who cannot see the bars.
/// </summary>
/// <param name="Id">Unique on the page; names the caption and the table.</param>
/// <param name="RowHeading">What the rows are, heading their column of the table.</param>
/// <param name="Series">The parts each bar is split into, in drawing order; a single series draws plain bars.</param>
public sealed record BarChart(string Id, string Caption, string RowHeading, IReadOnlyList<BarChartSeries> Series, IReadOnlyList<BarChartRow> Rows)
{
    /// <summary>The longest bar, which spans the full width; at least 1 so an empty chart still draws.</summary>
    public int Max => Math.Max(1, Rows.Count == 0 ? 0 : Rows.Max(r => r.Total));
}

/// <param name="CssClass">Chooses the colour, e.g. <c>series-evaluated-outcomes</c>.</param>
public sealed record BarChartSeries(string CssClass, string Label);

/// <param name="Href">Where the row's label leads, or null for no link.</param>
/// <param name="Values">One count per series, in the series' order.</param>
public sealed record BarChartRow(string Label, string? Href, IReadOnlyList<int> Values)
{
    public int Total => Values.Sum();
}
