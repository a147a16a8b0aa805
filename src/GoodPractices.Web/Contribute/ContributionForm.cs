namespace GoodPractices.Web.Contribute;

/// <summary>
/// Everything the contribute form posts, kept as typed: years and dates stay text so that a mistake is shown back
/// to the contributor as they wrote it, and the validator, not the model binder, says what is wrong with it.
/// </summary>
public sealed class ContributionForm
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? TitleOriginal { get; set; }
    public string? Summary { get; set; }
    public string? Language { get; set; }
    public List<string> Countries { get; set; } = [];
    public string? Scope { get; set; }
    public List<OrganisationRow> Organisations { get; set; } = [];
    public string? StartYear { get; set; }
    public string? EndYear { get; set; }
    public string? Status { get; set; }
    public List<string> InterventionTypes { get; set; } = [];
    public List<string> JusticeStages { get; set; } = [];
    public List<string> Settings { get; set; } = [];
    public List<string> TargetGroups { get; set; } = [];
    public string? EvidenceLevel { get; set; }
    public List<string> Outcomes { get; set; } = [];
    public List<RatingRow> Ratings { get; set; } = [];
    public List<string> UnStandards { get; set; } = [];
    public List<SourceRow> Sources { get; set; } = [];
    public List<string> Related { get; set; } = [];
    public string? LastReviewed { get; set; }

    /// <summary>The five recommended sections of the body, in the order CONTRIBUTING.md gives them.</summary>
    public string? Context { get; set; }
    public string? WhatItDoes { get; set; }
    public string? Results { get; set; }
    public string? Transferability { get; set; }
    public string? Contact { get; set; }

    /// <summary>
    /// Drops the rows left blank, so that the n-th entry of a list in the generated file is the n-th row on the
    /// page and a diagnostic about <c>sources[2]</c> lands beside the second row shown.
    /// </summary>
    public void RemoveBlankRows()
    {
        Organisations = Organisations.Where(o => !o.IsBlank).ToList();
        Ratings = Ratings.Where(r => !r.IsBlank).ToList();
        Sources = Sources.Where(s => !s.IsBlank).ToList();
        Related = Related.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).ToList();
    }

    /// <summary>Adds blank rows up to <paramref name="extra"/> after the filled ones (at least <paramref name="minimum"/> in all), so the page works without script.</summary>
    public void PadRows(int extra = 2, int minimum = 3)
    {
        Pad(Organisations, extra, minimum);
        Pad(Sources, extra, minimum);
        Pad(Ratings, 1, 1);
        var related = Math.Max(Related.Count + extra, minimum);
        while (Related.Count < related) Related.Add("");
    }

    private static void Pad<T>(List<T> rows, int extra, int minimum) where T : new()
    {
        var target = Math.Max(rows.Count + extra, minimum);
        while (rows.Count < target) rows.Add(new T());
    }
}
