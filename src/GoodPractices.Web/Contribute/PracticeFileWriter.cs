using GoodPractices.Core.Content;

namespace GoodPractices.Web.Contribute;

/// <summary>
/// Turns a filled-in contribute form into the text of a practice file through <see cref="PracticeFormat"/>, so that
/// a reviewer reads the same layout in every pull request. It writes what was typed, mistakes included: judging
/// the values is the validator's work, not the writer's.
/// </summary>
public static class PracticeFileWriter
{
    /// <summary>The recommended body sections, in order, as (heading, form value).</summary>
    public static IReadOnlyList<(string Heading, string? Text)> Sections(ContributionForm form) =>
        PracticeFormat.SectionHeadings.Zip([form.Context, form.WhatItDoes, form.Results, form.Transferability, form.Contact]).ToList();

    public static string Write(ContributionForm form) => PracticeFormat.Write(Draft(form));

    /// <summary>The Markdown body: each section that has text, under its heading.</summary>
    public static string Body(ContributionForm form) => PracticeFormat.Body(Sections(form));

    public static PracticeDraft Draft(ContributionForm form) => new()
    {
        Id = form.Id,
        Title = form.Title,
        TitleOriginal = form.TitleOriginal,
        Summary = form.Summary,
        Language = form.Language,
        Countries = form.Countries,
        Scope = form.Scope,
        Organisations = form.Organisations.Where(o => !o.IsBlank).Select(o => new OrganisationDraft(o.Name, o.Type, o.Url)).ToList(),
        StartYear = form.StartYear,
        EndYear = form.EndYear,
        Status = form.Status,
        InterventionTypes = form.InterventionTypes,
        JusticeStages = form.JusticeStages,
        Settings = form.Settings,
        TargetGroups = form.TargetGroups,
        EvidenceLevel = form.EvidenceLevel,
        Outcomes = form.Outcomes,
        Ratings = form.Ratings.Where(r => !r.IsBlank).Select(r => new RatingDraft(r.Source, r.Rating, r.Url)).ToList(),
        UnStandards = form.UnStandards,
        Sources = form.Sources.Where(s => !s.IsBlank).Select(s => new SourceDraft(s.Title, s.Publisher, s.Year, s.Url, s.Evaluation)).ToList(),
        Related = form.Related,
        LastReviewed = form.LastReviewed,
        Sections = Sections(form),
    };
}
