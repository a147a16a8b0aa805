using GoodPractices.Core.Content;
using GoodPractices.Web.Taxonomy;

namespace GoodPractices.Web.Practices;

/// <summary>One practice as a reader sees it: the chosen text, its body rendered safely, and its links.</summary>
/// <param name="BodyHtml">The body through <c>MarkdownRenderer</c>: sanitized, safe to emit.</param>
/// <param name="Related">Practices to read next, titled in the reader's language where a translation exists.</param>
/// <param name="EditUrl">Where a contributor proposes a correction to the file shown.</param>
public sealed record PracticeView(
    Practice Practice,
    PracticeText Text,
    string BodyHtml,
    IReadOnlyList<RelatedPractice> Related,
    TaxonomyLabels Labels,
    string EditUrl);

public sealed record RelatedPractice(string Id, string Title, string Summary, string Language);
