using GoodPractices.Core.Content;
using GoodPractices.Core.Validation;
using GoodPractices.Search.Contracts;
using GoodPractices.Web.Localization;
using Microsoft.Extensions.Localization;

namespace GoodPractices.Web.Contribute;

/// <summary>
/// Checks a contribution exactly as a pull request would be checked: the generated file goes through the same
/// <see cref="PracticeFileReader"/> with the served taxonomy, and the id and <c>related</c> ids are held against the
/// practices in the served index.
/// </summary>
public sealed class ContributionCheck(TimeProvider clock, IStringLocalizer<Ui> text)
{
    public const string Corpus = "practices";

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Checks <paramref name="form"/> (its blank rows already removed) against <paramref name="searcher"/>'s index.</summary>
    public ContributionResult Check(ContributionForm form, IPracticeSearcher searcher, string language)
    {
        var fileText = PracticeFileWriter.Write(form);
        var relativePath = PathOf(form);
        var read = new PracticeFileReader(searcher.Taxonomy, Today).Read(fileText, relativePath);
        // The form's own words; CheckFile below, for a file as such, keeps the validator's file-oriented ones.
        var wording = new FormWording(text, new ContributionLabels(text, searcher.Taxonomy, language));
        var problems = read.Diagnostics
            .Select(d => new FieldProblem(ContributionFields.KeyFor(d.Field, d.Code, form), wording.Of(d, language), d.IsError, d.Code, d.Line, d.Column))
            .ToList();
        problems.AddRange(CorpusProblems(read, searcher, language, wording));
        var ordered = problems.OrderBy(p => p.Line).ThenBy(p => p.Column).ToList();
        return new ContributionResult(fileText, $"{Corpus}/{relativePath}", ordered, read.Practice);
    }

    /// <summary>Checks a file as posted back for download: the same checks, on the text itself.</summary>
    public ContributionResult CheckFile(string fileText, IPracticeSearcher searcher, string language)
    {
        var normalized = fileText.Replace("\r\n", "\n", StringComparison.Ordinal);
        // The path is unknown until the file is read, and the reader checks the id against the path: read twice.
        var first = new PracticeFileReader(searcher.Taxonomy, Today).Read(normalized, "draft.md");
        var folder = PracticeFormat.Folder(first.Practice?.Countries ?? []);
        var relativePath = $"{folder}/{first.Id ?? "draft"}.md";
        var read = new PracticeFileReader(searcher.Taxonomy, Today).Read(normalized, relativePath);
        var problems = read.Diagnostics
            .Select(d => new FieldProblem(null, d.MessageIn(language), d.IsError, d.Code, d.Line, d.Column))
            .Concat(CorpusProblems(read, searcher, language, wording: null))
            .ToList();
        return new ContributionResult(normalized, $"{Corpus}/{relativePath}", problems, read.Practice);
    }

    /// <summary>Where the file goes: <c>&lt;country&gt;/&lt;id&gt;.md</c>, or <c>international/</c> for several countries.</summary>
    public static string PathOf(ContributionForm form)
    {
        var countries = form.Countries.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).ToList();
        var id = string.IsNullOrWhiteSpace(form.Id) ? "new-practice" : form.Id.Trim();
        return $"{PracticeFormat.Folder(countries)}/{id}.md";
    }

    // The checks a single file cannot make alone, answered from the served index instead of the whole corpus.
    private IEnumerable<FieldProblem> CorpusProblems(PracticeFile read, IPracticeSearcher searcher, string language, FormWording? wording)
    {
        if (read.Id is { } id && searcher.Find(id) is { } existing)
        {
            var message = string.Format(text.GetString("The id '{0}' is already used by the practice \"{1}\" ({2}). Every practice needs its own id: choose another one.").Value,
                id, existing.TextIn(language).Title, $"{Corpus}/{existing.SourcePath}");
            yield return new FieldProblem("id", message, IsError: true, DiagnosticCodes.DuplicateId, read.IdPosition.Line, read.IdPosition.Column);
        }
        var known = KnownPracticeIds.Of(searcher);
        foreach (var (related, at) in read.RelatedIds.Where(r => r.Id != read.Id && searcher.Find(r.Id) is null))
        {
            var closest = Core.Text.Closest.To(related, known, 1);
            var parts = new List<MessagePart> { MessagePart.Of("unknown-related-id", ("id", related)) };
            if (closest.Count > 0) parts.Add(MessagePart.Of("did-you-mean", ("value", closest[0])));
            var diagnostic = new Diagnostic("", at.Line, at.Column, DiagnosticSeverity.Error, DiagnosticCodes.UnknownRelatedId, parts, "related");
            yield return new FieldProblem("related", wording?.Of(diagnostic, language) ?? diagnostic.MessageIn(language), IsError: true,
                DiagnosticCodes.UnknownRelatedId, at.Line, at.Column);
        }
    }
}
