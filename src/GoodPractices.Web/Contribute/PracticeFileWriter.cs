using System.Text;
using System.Text.RegularExpressions;

namespace GoodPractices.Web.Contribute;

/// <summary>
/// Turns a filled-in contribute form into the text of a practice file, with the fields in the order and shape of
/// the template in CONTRIBUTING.md, so that a reviewer reads the same layout in every pull request. It writes
/// what was typed, mistakes included: judging the values is the validator's work, not the writer's.
/// </summary>
public static partial class PracticeFileWriter
{
    /// <summary>The recommended body sections, in order, as (heading, form value).</summary>
    public static IReadOnlyList<(string Heading, string? Text)> Sections(ContributionForm form) =>
    [
        ("Context", form.Context),
        ("What it does", form.WhatItDoes),
        ("Results", form.Results),
        ("Transferability", form.Transferability),
        ("Contact", form.Contact),
    ];

    private const int SummaryWidth = 96;

    public static string Write(ContributionForm form)
    {
        var yaml = new StringBuilder();
        yaml.Append("---\n");
        Field(yaml, "id", Clean(form.Id), YamlScalars.Slug);
        Field(yaml, "title", Clean(form.Title), YamlScalars.Text);
        if (Clean(form.TitleOriginal) is { } original) Field(yaml, "title_original", original, YamlScalars.Text);
        Summary(yaml, form.Summary);
        Field(yaml, "language", Clean(form.Language), YamlScalars.Slug);
        List(yaml, "countries", form.Countries);
        Field(yaml, "scope", Clean(form.Scope), YamlScalars.Slug);
        Entries(yaml, "organisations", "", required: true, form.Organisations.Where(o => !o.IsBlank)
            .Select(o => new[] { ("name", Clean(o.Name), (Func<string, string>)YamlScalars.Text), ("type", Clean(o.Type), YamlScalars.Slug), ("url", Clean(o.Url), YamlScalars.Url) }));
        Field(yaml, "start_year", Clean(form.StartYear), YamlScalars.Number);
        // Written even when empty, as in the template: an empty end year means the practice still runs.
        yaml.Append("end_year:").Append(Clean(form.EndYear) is { } end ? " " + YamlScalars.Number(end) : "").Append('\n');
        Field(yaml, "status", Clean(form.Status), YamlScalars.Slug);
        List(yaml, "intervention_types", form.InterventionTypes);
        List(yaml, "justice_stages", form.JusticeStages);
        List(yaml, "settings", form.Settings);
        List(yaml, "target_groups", form.TargetGroups);
        yaml.Append("evidence:\n");
        Field(yaml, "  level", Clean(form.EvidenceLevel), YamlScalars.Slug);
        List(yaml, "  outcomes", form.Outcomes);
        Entries(yaml, "ratings", "  ", required: false, form.Ratings.Where(r => !r.IsBlank)
            .Select(r => new[] { ("source", Clean(r.Source), (Func<string, string>)YamlScalars.Text), ("rating", Clean(r.Rating), YamlScalars.Text), ("url", Clean(r.Url), YamlScalars.Url) }));
        List(yaml, "un_standards", form.UnStandards);
        Entries(yaml, "sources", "", required: true, form.Sources.Where(s => !s.IsBlank)
            .Select(s => new[] { ("title", Clean(s.Title), (Func<string, string>)YamlScalars.Text), ("publisher", Clean(s.Publisher), YamlScalars.Text), ("year", Clean(s.Year), YamlScalars.Number), ("url", Clean(s.Url), YamlScalars.Url), ("evaluation", s.Evaluation ? "true" : null, static flag => flag) }));
        List(yaml, "related", form.Related);
        Field(yaml, "last_reviewed", Clean(form.LastReviewed), YamlScalars.Date);
        yaml.Append("---\n");
        yaml.Append(Body(form));
        return yaml.ToString();
    }

    /// <summary>The Markdown body: each section that has text, under its heading.</summary>
    public static string Body(ContributionForm form)
    {
        var body = new StringBuilder();
        foreach (var (heading, text) in Sections(form))
        {
            var cleaned = CleanBlock(text);
            if (cleaned is null) continue;
            if (body.Length > 0) body.Append('\n');
            body.Append("## ").Append(heading).Append("\n\n").Append(cleaned).Append('\n');
        }
        return body.ToString();
    }

    private static void Field(StringBuilder yaml, string key, string? value, Func<string, string> scalar)
    {
        // An empty required field is left empty rather than dropped, so the validator names it as missing.
        yaml.Append(key).Append(':');
        if (value is not null) yaml.Append(' ').Append(scalar(value));
        yaml.Append('\n');
    }

    private static void Summary(StringBuilder yaml, string? summary)
    {
        // A summary is one paragraph of plain text: line breaks typed into the box are spaces to a reader.
        var text = summary is null ? null : Clean(Whitespace().Replace(summary, " "));
        var lines = text is null ? null : YamlScalars.FoldedLines(text, SummaryWidth);
        if (text is null)
        {
            yaml.Append("summary:\n");
        }
        else if (lines is null)
        {
            yaml.Append("summary: ").Append(YamlScalars.DoubleQuoted(text)).Append('\n');
        }
        else
        {
            yaml.Append("summary: >-\n");
            foreach (var line in lines) yaml.Append("  ").Append(line).Append('\n');
        }
    }

    private static void List(StringBuilder yaml, string key, IEnumerable<string> values)
    {
        var items = values.Select(Clean).OfType<string>().Select(YamlScalars.Slug);
        yaml.Append(key).Append(": [").Append(string.Join(", ", items)).Append("]\n");
    }

    private static void Entries(StringBuilder yaml, string key, string indent, bool required,
        IEnumerable<(string Key, string? Value, Func<string, string> Scalar)[]> entries)
    {
        var written = false;
        foreach (var entry in entries)
        {
            if (!written) yaml.Append(indent).Append(key).Append(":\n");
            written = true;
            var first = true;
            foreach (var (field, value, scalar) in entry.Where(e => e.Value is not null))
            {
                yaml.Append(indent).Append(first ? "  - " : "    ").Append(field).Append(": ").Append(scalar(value!)).Append('\n');
                first = false;
            }
        }
        // An empty required list stays empty so the validator asks for one; an optional one reads "none".
        if (!written) yaml.Append(indent).Append(key).Append(required ? ":\n" : ": []\n");
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? CleanBlock(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
