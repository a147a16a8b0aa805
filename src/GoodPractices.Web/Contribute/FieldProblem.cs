namespace GoodPractices.Web.Contribute;

/// <summary>
/// One thing to tell the contributor about their entry, in their interface language, tied to the form field it
/// concerns (<see cref="FieldKey"/> as in <see cref="ContributionFields"/>), or to none when it is about the file as a whole.
/// </summary>
public sealed record FieldProblem(string? FieldKey, string Message, bool IsError, string Code, int Line, int Column);
