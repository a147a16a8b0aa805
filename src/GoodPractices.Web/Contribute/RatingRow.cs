namespace GoodPractices.Web.Contribute;

/// <summary>One external rating on the contribute form: another registry's verdict, copied word for word.</summary>
public sealed class RatingRow
{
    public string? Source { get; set; }
    public string? Rating { get; set; }
    public string? Url { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Source) && string.IsNullOrWhiteSpace(Rating) && string.IsNullOrWhiteSpace(Url);
}
