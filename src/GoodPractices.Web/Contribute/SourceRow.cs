namespace GoodPractices.Web.Contribute;

/// <summary>One row of the sources list on the contribute form.</summary>
public sealed class SourceRow
{
    public string? Title { get; set; }
    public string? Publisher { get; set; }
    public string? Year { get; set; }
    public string? Url { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Publisher)
        && string.IsNullOrWhiteSpace(Year) && string.IsNullOrWhiteSpace(Url);
}
