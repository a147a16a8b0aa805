using GoodPractices.Core.Content;

namespace GoodPractices.Web.Contribute;

/// <summary>What checking a contribution gave: the file text, where it goes, and what is wrong with it.</summary>
/// <param name="Text">The practice file, front matter and body, as it would be committed.</param>
/// <param name="RelativePath">Its path in the repository, e.g. <c>practices/it/it-example.md</c>.</param>
/// <param name="Practice">The practice as the validator read it; null when the file has errors.</param>
public sealed record ContributionResult(string Text, string RelativePath, IReadOnlyList<FieldProblem> Problems, Practice? Practice)
{
    public bool IsValid => Practice is not null && !Problems.Any(p => p.IsError);

    public string FileName => Path.GetFileName(RelativePath);
}
