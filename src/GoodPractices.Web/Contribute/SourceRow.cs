namespace GoodPractices.Web.Contribute;

/// <summary>One row of the sources list on the contribute form.</summary>
public sealed class SourceRow
{
    public string? Title { get; set; }
    public string? Publisher { get; set; }
    public string? Year { get; set; }
    public string? Url { get; set; }
    /// <summary>Ticked for the source that evaluated the practice, the one its evidence level rests on.</summary>
    public bool Evaluation { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Publisher)
        && string.IsNullOrWhiteSpace(Year) && string.IsNullOrWhiteSpace(Url);
}
