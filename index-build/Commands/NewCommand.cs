using System.Globalization;
using System.Text;
using GoodPractices.Core.Taxonomy;

namespace GoodPractices.IndexBuild.Commands;

/// <summary>
/// <c>new --country IT --title "..."</c>: writes a correctly named practice file with every field present,
/// each vocabulary's valid values listed in a comment, and the fields a contributor must fill left empty so
/// that <c>validate</c> points at each of them until they are filled.
/// </summary>
public static class NewCommand
{
    public static int Run(Arguments args, TextWriter output, TextWriter error)
    {
        var directory = args.Option("dir") ?? "practices";
        if (!Directory.Exists(directory)) throw new UsageException($"The folder '{directory}' does not exist; run from the repository root or pass --dir.");
        var taxonomy = TaxonomyLoader.Load(args.Option("taxonomy") ?? Path.Combine(directory, TaxonomyLoader.FileName));
        var title = args.RequiredOption("title").Trim();
        var countryOption = args.RequiredOption("country");
        var countries = countryOption.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.ToUpperInvariant()).ToList();
        var unknown = countries.Where(c => !taxonomy.Countries.ContainsKey(c)).ToList();
        if (unknown.Count > 0 || countries.Count == 0)
        {
            throw new UsageException($"Unknown country code '{string.Join(", ", unknown)}'; use ISO 3166-1 codes such as IT, PT, FR or CZ.");
        }
        var language = args.Option("language") ?? "en";
        if (!taxonomy.Languages.ContainsKey(language)) throw new UsageException($"Unknown language '{language}'; use a code such as en, fr, it, pt or cs.");

        var folder = countries.Count == 1 ? countries[0].ToLowerInvariant() : "international";
        var prefix = countries.Count == 1 ? countries[0].ToLowerInvariant() : "int";
        var id = args.Option("id") ?? Slug.Make(prefix, title);
        var path = Path.Combine(directory, folder, id + ".md");
        if (File.Exists(path))
        {
            error.WriteLine($"{path} already exists; choose another title or pass --id.");
            return 1;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Render(taxonomy, id, title, language, countries, DateOnly.FromDateTime(DateTime.UtcNow)), new UTF8Encoding(false));
        output.WriteLine($"Wrote {path}.");
        output.WriteLine("Fill in the empty fields and the text, then check it with:");
        output.WriteLine($"  dotnet run --project index-build -- validate {directory}");
        return 0;
    }

    internal static string Render(PracticeTaxonomy taxonomy, string id, string title, string language, IReadOnlyList<string> countries, DateOnly today)
    {
        string Values(string vocabulary) => string.Join(", ", taxonomy[vocabulary].Terms.Select(t => t.Slug));
        var inv = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.AppendLine("---");
        b.AppendLine(inv, $"id: {id}                 # must equal the file name without .md");
        b.AppendLine(inv, $"title: {Quote(title)}");
        b.AppendLine("title_original:                  # optional: the name in its own language");
        b.AppendLine("summary:                         # required: two or three plain sentences, at most 400 characters");
        b.AppendLine(inv, $"language: {language}                     # the language this file is written in");
        b.AppendLine(inv, $"countries: [{string.Join(", ", countries)}]");
        b.AppendLine(inv, $"scope:                           # one of: {Values(PracticeTaxonomy.Scopes)}");
        b.AppendLine("organisations:");
        b.AppendLine("  - name:                        # required");
        b.AppendLine(inv, $"    type:                        # one of: {Values(PracticeTaxonomy.OrganisationTypes)}");
        b.AppendLine("    url:                         # optional: https://...");
        b.AppendLine("start_year:                      # required: the year it began");
        b.AppendLine("end_year:                        # leave empty while it runs");
        b.AppendLine(inv, $"status:                          # one of: {Values(PracticeTaxonomy.Statuses)}");
        b.AppendLine(inv, $"intervention_types: []           # one or more of: {Values(PracticeTaxonomy.InterventionTypes)}");
        b.AppendLine(inv, $"justice_stages: []               # one or more of: {Values(PracticeTaxonomy.JusticeStages)}");
        b.AppendLine(inv, $"settings: []                     # one or more of: {Values(PracticeTaxonomy.Settings)}");
        b.AppendLine(inv, $"target_groups: []                # one or more of: {Values(PracticeTaxonomy.TargetGroups)}");
        b.AppendLine("evidence:");
        b.AppendLine(inv, $"  level:                         # one of, strongest first: {Values(PracticeTaxonomy.EvidenceLevels)}");
        b.AppendLine(inv, $"  outcomes: []                   # optional, any of: {Values(PracticeTaxonomy.Outcomes)}");
        b.AppendLine("  ratings: []                    # optional: another registry's rating, copied word for word (source, rating, url)");
        b.AppendLine(inv, $"un_standards: []                 # optional, any of: {Values(PracticeTaxonomy.UnStandards)}");
        b.AppendLine("sources:");
        b.AppendLine("  - title:                       # required: the report, law or article");
        b.AppendLine("    publisher:");
        b.AppendLine("    year:");
        b.AppendLine("    url:                         # https://... where it is public");
        b.AppendLine("related: []                      # optional: ids of related practices");
        b.AppendLine(inv, $"last_reviewed: {today:yyyy-MM-dd}");
        b.AppendLine("---");
        foreach (var section in new[] { "Context", "What it does", "Results", "Transferability", "Contact" })
        {
            b.AppendLine(inv, $"## {section}");
            b.AppendLine();
        }
        return b.ToString();
    }

    private static string Quote(string text) =>
        text.IndexOfAny([':', '#', '"', '\'', '[', ']', '{', '}', ',', '&', '*', '!', '|', '>', '%', '@', '`']) >= 0
            ? "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\""
            : text;
}
