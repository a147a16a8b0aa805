using System.Globalization;
using System.Text;
using GoodPractices.Core.Content;
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

        var id = args.Option("id") ?? PracticeFormat.Slug(PracticeFormat.IdPrefix(countries), title);
        var path = Path.Combine(directory, PracticeFormat.RelativePath(countries, id));
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
        var comments = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [PracticeFields.Id] = "must equal the file name without .md",
            [PracticeFields.TitleOriginal] = "optional: the name in its own language",
            [PracticeFields.Summary] = "required: two or three plain sentences, at most 400 characters",
            [PracticeFields.Language] = "the language this file is written in",
            [PracticeFields.Scope] = $"one of: {Values(PracticeTaxonomy.Scopes)}",
            [$"{PracticeFields.Organisations}.{PracticeFields.Name}"] = "required",
            [$"{PracticeFields.Organisations}.{PracticeFields.Type}"] = $"one of: {Values(PracticeTaxonomy.OrganisationTypes)}",
            [$"{PracticeFields.Organisations}.{PracticeFields.Url}"] = "optional: https://...",
            [PracticeFields.StartYear] = "required: the year it began",
            [PracticeFields.EndYear] = "leave empty while it runs",
            [PracticeFields.Status] = $"one of: {Values(PracticeTaxonomy.Statuses)}",
            [PracticeFields.InterventionTypes] = $"one or more of: {Values(PracticeTaxonomy.InterventionTypes)}",
            [PracticeFields.JusticeStages] = $"one or more of: {Values(PracticeTaxonomy.JusticeStages)}",
            [PracticeFields.Settings] = $"one or more of: {Values(PracticeTaxonomy.Settings)}",
            [PracticeFields.TargetGroups] = $"one or more of: {Values(PracticeTaxonomy.TargetGroups)}",
            [$"{PracticeFields.Evidence}.{PracticeFields.Level}"] = $"one of, strongest first: {Values(PracticeTaxonomy.EvidenceLevels)}",
            [$"{PracticeFields.Evidence}.{PracticeFields.Outcomes}"] = $"optional, any of: {Values(PracticeTaxonomy.Outcomes)}",
            [$"{PracticeFields.Evidence}.{PracticeFields.Ratings}"] = "optional: another registry's rating, copied word for word (source, rating, url)",
            [PracticeFields.UnStandards] = $"optional, any of: {Values(PracticeTaxonomy.UnStandards)}",
            [$"{PracticeFields.Sources}.{PracticeFields.Title}"] = "required: the report, law or article",
            [$"{PracticeFields.Sources}.{PracticeFields.Url}"] = "https://... where it is public",
            [PracticeFields.Related] = "optional: ids of related practices",
        };
        var draft = new PracticeDraft
        {
            Id = id,
            Title = title,
            Language = language,
            Countries = countries,
            LastReviewed = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Body = string.Concat(PracticeFormat.SectionHeadings.Select(heading => $"## {heading}\n\n")),
        };
        return PracticeFormat.Write(draft, comments);
    }
}
