namespace GoodPractices.Web.Contribute;

/// <summary>One row of the organisations list on the contribute form.</summary>
public sealed class OrganisationRow
{
    public string? Name { get; set; }
    public string? Type { get; set; }
    public string? Url { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Type) && string.IsNullOrWhiteSpace(Url);
}
