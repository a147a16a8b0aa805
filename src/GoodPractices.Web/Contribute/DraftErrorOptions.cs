namespace GoodPractices.Web.Contribute;

/// <summary>
/// Whether a practice file with errors is shown as its list of problems at <c>/practices/{id}</c> instead of a
/// "not found" page. Bound from the <c>GoodPractices</c> section (<c>GoodPractices:ShowDraftErrors</c>).
/// </summary>
public sealed class DraftErrorOptions
{
    /// <summary>Null means only in Development, where contributors preview their files.</summary>
    public bool? ShowDraftErrors { get; set; }
}
