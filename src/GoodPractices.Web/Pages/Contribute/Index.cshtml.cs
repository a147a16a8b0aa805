using System.Text;
using GoodPractices.Core.Content;
using GoodPractices.Core.Taxonomy;
using GoodPractices.Search.Contracts;
using GoodPractices.Web.Contribute;
using GoodPractices.Web.Hosting;
using GoodPractices.Web.Indexing;
using GoodPractices.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace GoodPractices.Web.Pages.Contribute;

/// <summary>
/// The contribute form: every field of a practice, checked on the server exactly as a pull request is checked,
/// then handed back as a file to copy, download or propose on GitHub. Nothing is stored here.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class IndexModel(IndexHost host, ContributionCheck check, IOptions<GoodPracticesOptions> options, IStringLocalizer<Ui> text) : PageModel
{
    /// <summary>The branch new files are proposed on.</summary>
    public const string Branch = "main";

    public ContributionForm Form { get; private set; } = new();
    public ContributionResult? Result { get; private set; }
    public string Language { get; private set; } = UiLanguages.Default;
    public PracticeTaxonomy Taxonomy { get; private set; } = null!;
    public IReadOnlyList<string> KnownIds { get; private set; } = [];
    public string? NewFileUrl { get; private set; }

    public IReadOnlyList<FieldProblem> Problems => Result?.Problems ?? [];
    public IReadOnlyList<FieldProblem> Errors => Problems.Where(p => p.IsError).ToList();
    public IReadOnlyList<FieldProblem> Warnings => Problems.Where(p => !p.IsError).ToList();
    public bool HasErrors => Result is not null && !Result.IsValid;

    public int MaxTitleLength => Core.Content.PracticeFileReader.MaxTitleLength;
    public int MaxSummaryLength => Core.Content.PracticeFileReader.MaxSummaryLength;
    public int MinimumBodyWords => Core.Content.PracticeFileReader.MinimumBodyWords;

    /// <param name="country">A country to choose in advance, as the "propose one" links of the country list ask.</param>
    public IActionResult OnGet([FromQuery] string? country)
    {
        if (!Prepare(out _)) return StatusCode(StatusCodes.Status503ServiceUnavailable);
        if (country?.Trim().ToUpperInvariant() is { } code && Taxonomy.Countries.ContainsKey(code)) Form.Countries = [code];
        Form.LastReviewed = check.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Form.Language = Taxonomy.Languages.ContainsKey(Language) ? Language : UiLanguages.Default;
        Form.PadRows();
        return Page();
    }

    public IActionResult OnPost([FromForm] ContributionForm form)
    {
        if (!Prepare(out var searcher)) return StatusCode(StatusCodes.Status503ServiceUnavailable);
        Form = form;
        Form.RemoveBlankRows();
        if (string.IsNullOrWhiteSpace(Form.Id)) Form.Id = PracticeFormat.SuggestId(Form.Title, Form.Countries);
        Result = check.Check(Form, searcher, Language);
        if (Result.IsValid) NewFileUrl = NewFileLink.For(options.Value.RepositoryUrl, Branch, Result.RelativePath, Result.Text);
        Form.PadRows();
        return Page();
    }

    /// <summary>The checked file as a download. It is checked again: the text came back from the browser.</summary>
    public IActionResult OnPostDownload([FromForm(Name = "file")] string? file)
    {
        if (!Prepare(out var searcher)) return StatusCode(StatusCodes.Status503ServiceUnavailable);
        var result = check.CheckFile(file ?? "", searcher, Language);
        if (result.IsValid)
        {
            return File(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(result.Text), "text/markdown; charset=utf-8", result.FileName);
        }
        Result = result;
        Form.PadRows();
        return Page();
    }

    /// <summary>The problems to show beside the field <paramref name="key"/>.</summary>
    public IReadOnlyList<FieldProblem> ProblemsFor(string key) => Problems.Where(p => p.FieldKey == key).ToList();

    public bool IsInvalid(string key) => Problems.Any(p => p.FieldKey == key && p.IsError);

    /// <summary>The aria-describedby of a field: its hint, then its messages when it has any.</summary>
    public string? DescribedBy(string key, bool hasHint = true)
    {
        var ids = new List<string>();
        if (hasHint) ids.Add(ContributionFields.IdOf(key) + "-hint");
        if (ProblemsFor(key).Count > 0) ids.Add(ContributionFields.ErrorIdOf(key));
        return ids.Count == 0 ? null : string.Join(' ', ids);
    }

    /// <summary>The field as the form labels it, e.g. "Organisation 2: type".</summary>
    public string LabelOf(string key) => new ContributionLabels(text, Taxonomy, Language).Of(key);

    public string VocabularyLabel(string vocabulary) =>
        Taxonomy.FindVocabulary(vocabulary)?.Label[Language] ?? vocabulary;

    /// <summary>A country's name in the interface language, for the list of countries.</summary>
    public IEnumerable<Country> CountriesByName =>
        Taxonomy.Countries.Values.OrderBy(c => c.Name[Language], StringComparer.Create(new System.Globalization.CultureInfo(Language), ignoreCase: true));

    private bool Prepare(out IPracticeSearcher searcher)
    {
        Language = UiLanguages.Of(HttpContext);
        if (host.Current is not { } current)
        {
            searcher = null!;
            return false;
        }
        searcher = current;
        Taxonomy = current.Taxonomy;
        KnownIds = KnownPracticeIds.Of(current);
        return true;
    }
}
