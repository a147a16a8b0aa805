using System.Globalization;
using System.Text;
using GoodPractices.Core.Content;
using GoodPractices.Core.Taxonomy;
using GoodPractices.Web.Api;
using GoodPractices.Web.Practices;

namespace GoodPractices.Web.Exports;

/// <summary>
/// One row a practice, for spreadsheets. Lists of vocabulary slugs and codes are joined with <c>"; "</c>, which no slug
/// holds; lists of free text (organisations, sources) put one value on each line of the cell, since no value holds a line
/// break, so every value comes back as it was written, semicolons and commas included.
/// </summary>
public static class PracticeCsv
{
    public const string Separator = "; ";
    public const string TextSeparator = "\n";

    public static readonly IReadOnlyList<string> Columns =
    [
        "id", "url", "title", "summary", "countries", "region", "scope", "organisations", "start_year", "end_year", "status",
        "intervention_types", "justice_stages", "settings", "target_groups", "evidence_level", "outcomes", "languages", "sources",
        "last_reviewed",
    ];

    // A spreadsheet opens UTF-8 correctly only when the file says so with a byte order mark.
    public static readonly Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>The row of <paramref name="practice"/>; title and summary in <paramref name="language"/> when a translation exists.</summary>
    public static IReadOnlyList<string> Row(Practice practice, PracticeTaxonomy taxonomy, string siteRoot, string language)
    {
        var text = practice.TextIn(PracticeLanguage.Choose(practice, null, language));
        return
        [
            practice.Id,
            siteRoot + "/practices/" + practice.Id,
            text.Title,
            text.Summary,
            Join(practice.Countries),
            Join(PracticeDocuments.RegionsOf(practice, taxonomy)),
            practice.Scope,
            JoinText(practice.Organisations.Select(o => o.Name)),
            practice.StartYear.ToString(CultureInfo.InvariantCulture),
            practice.EndYear?.ToString(CultureInfo.InvariantCulture) ?? "",
            practice.Status,
            Join(practice.InterventionTypes),
            Join(practice.JusticeStages),
            Join(practice.Settings),
            Join(practice.TargetGroups),
            practice.Evidence.Level,
            Join(practice.Evidence.Outcomes),
            Join(practice.AvailableLanguages),
            JoinText(practice.Sources.Select(Source)),
            practice.LastReviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ];
    }

    // "Publisher (Year). Title. URL", leaving out what the entry does not give.
    private static string Source(SourceReference source)
    {
        var author = (source.Publisher, source.Year) switch
        {
            ({ } publisher, { } year) => $"{publisher} ({year.ToString(CultureInfo.InvariantCulture)}). ",
            ({ } publisher, null) => publisher + ". ",
            (null, { } year) => $"({year.ToString(CultureInfo.InvariantCulture)}). ",
            _ => "",
        };
        return (author + source.Title + (source.Url is { } url ? ". " + url : "")).Trim();
    }

    private static string Join(IEnumerable<string> values) => string.Join(Separator, values);

    // Titles and names are one line each; a stray line break in one is read as the space it stands for.
    private static string JoinText(IEnumerable<string> values) =>
        string.Join(TextSeparator, values.Select(v => v.ReplaceLineEndings(" ")));
}
