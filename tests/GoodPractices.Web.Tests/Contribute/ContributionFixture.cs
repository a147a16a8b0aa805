namespace GoodPractices.Web.Tests.Contribute;

/// <summary>A complete, valid contribution with every field filled in, including characters YAML gives meaning to.</summary>
public static class ContributionFixture
{
    public const string Title = "Casa \"Aurora\": donne # in carcere";
    public const string TitleOriginal = "Casa «Aurora» — donne: sì, l'été";
    public const string Summary = "Un programma: per donne \"detenute\" #1, con l'accento è — and 'quotes' - [brackets] {braces} & more.";
    public const string Context = "Women in Naples prisons: few services \"for them\" #1, and none after release: a gap of 100%.";
    public const string WhatItDoes = "Counsellors meet women in prison every week, help them keep in touch with their children, prepare release with housing and "
        + "work, and accompany them for six months after they leave. The team includes a midwife, two social workers and a lawyer.";
    public const string Results = "An evaluation in 2020 found that 62% of participants kept regular contact with their children, against 31% before.";
    public const string Transferability = "Any prison with a women's section could host it; it needs a partner NGO and a small budget.";
    public const string Contact = "https://example.org/aurora";

    public static IReadOnlyList<KeyValuePair<string, string>> Fields(string id = "it-casa-aurora") =>
    [
        new("Id", id),
        new("Title", Title),
        new("TitleOriginal", TitleOriginal),
        new("Summary", Summary),
        new("Language", "it"),
        new("Countries", "IT"),
        new("Scope", "local"),
        new("Organisations[0].Name", "Associazione \"Aurora\": Onlus"),
        new("Organisations[0].Type", "ngo"),
        new("Organisations[0].Url", "https://example.org/aurora?x=1#top"),
        new("Organisations[1].Name", ""),
        new("Organisations[1].Type", ""),
        new("Organisations[1].Url", ""),
        new("Organisations[2].Name", "Comune di Napoli"),
        new("Organisations[2].Type", "government"),
        new("Organisations[2].Url", ""),
        new("StartYear", "2015"),
        new("EndYear", "2024"),
        new("Status", "ended"),
        new("InterventionTypes", "family-support"),
        new("InterventionTypes", "gender-specific-services"),
        new("JusticeStages", "in-prison"),
        new("JusticeStages", "post-release"),
        new("Settings", "prison"),
        new("Settings", "community"),
        new("TargetGroups", "women"),
        new("TargetGroups", "pregnant-women-and-mothers"),
        new("EvidenceLevel", "process-evaluation"),
        new("Outcomes", "wellbeing"),
        new("Outcomes", "housing"),
        new("Ratings[0].Source", "Registro: Esempio"),
        new("Ratings[0].Rating", "Promettente #1"),
        new("Ratings[0].Url", "https://ratings.example.org/aurora"),
        new("UnStandards", "bangkok-rules"),
        new("Sources[0].Title", "Rapporto \"Aurora\": 2020"),
        new("Sources[0].Publisher", "Università di Napoli"),
        new("Sources[0].Year", "2020"),
        new("Sources[0].Url", "https://example.org/report.pdf"),
        new("Sources[0].Evaluation", "true"),
        new("Sources[1].Title", "Legge 62/2011"),
        new("Sources[1].Publisher", ""),
        new("Sources[1].Year", ""),
        new("Sources[1].Url", ""),
        new("Related[0]", "pt-dissuasion-commissions"),
        new("Related[1]", ""),
        new("LastReviewed", "2026-11-01"),
        new("Context", Context),
        new("WhatItDoes", WhatItDoes),
        new("Results", Results),
        new("Transferability", Transferability),
        new("Contact", Contact),
    ];

    /// <summary><see cref="Fields"/> with some values replaced (or added).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> With(params (string Name, string Value)[] changes)
    {
        var fields = Fields().Where(f => !changes.Any(c => c.Name == f.Key)).ToList();
        fields.AddRange(changes.Select(c => new KeyValuePair<string, string>(c.Name, c.Value)));
        return fields;
    }
}
