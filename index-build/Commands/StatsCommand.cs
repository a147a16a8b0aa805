using GoodPractices.Core.Content;
using GoodPractices.Core.Corpus;
using GoodPractices.Core.Taxonomy;

namespace GoodPractices.IndexBuild.Commands;

/// <summary>
/// <c>stats &lt;dir&gt;</c>: what the corpus covers (practices per country, per vocabulary value, languages,
/// translations) and which vocabulary values no entry uses yet: the gaps worth a contribution.
/// </summary>
public static class StatsCommand
{
    public static int Run(Arguments args, TextWriter output, TextWriter error)
    {
        var directory = args.Directory(0, "folder of practices, for example: stats practices");
        var taxonomy = TaxonomyLoader.Load(args.Option("taxonomy") ?? Path.Combine(directory, TaxonomyLoader.FileName));
        var result = new CorpusLoader(taxonomy, DateOnly.FromDateTime(DateTime.UtcNow)) { MaxFileBytes = args.MaxFileBytes() }
            .Load(directory, keepBodies: false);
        var practices = result.Corpus.Practices;

        output.WriteLine($"{practices.Count} valid practices, {practices.Sum(p => p.Translations.Count)} translations, " +
                         $"{result.ErrorCount} errors, {result.WarningCount} warnings.");
        Section(output, "Countries", practices.SelectMany(p => p.Countries), c => taxonomy.Countries[c].Name["en"]);
        Section(output, "Languages (original and translated)", practices.SelectMany(p => p.AvailableLanguages),
            l => taxonomy.Languages.TryGetValue(l, out var language) ? language.Name : l);
        Vocabulary(output, taxonomy[PracticeTaxonomy.InterventionTypes], practices.SelectMany(p => p.InterventionTypes));
        Vocabulary(output, taxonomy[PracticeTaxonomy.JusticeStages], practices.SelectMany(p => p.JusticeStages));
        Vocabulary(output, taxonomy[PracticeTaxonomy.Settings], practices.SelectMany(p => p.Settings));
        Vocabulary(output, taxonomy[PracticeTaxonomy.TargetGroups], practices.SelectMany(p => p.TargetGroups));
        Vocabulary(output, taxonomy[PracticeTaxonomy.EvidenceLevels], practices.Select(p => p.Evidence.Level));
        return 0;
    }

    private static void Section(TextWriter output, string title, IEnumerable<string> values, Func<string, string> label)
    {
        output.WriteLine();
        output.WriteLine(title);
        foreach (var group in values.GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {group.Count(),5}  {group.Key,-8} {label(group.Key)}");
        }
    }

    private static void Vocabulary(TextWriter output, Vocabulary vocabulary, IEnumerable<string> used)
    {
        var counts = used.GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine();
        output.WriteLine(vocabulary.Label["en"]);
        foreach (var term in vocabulary.Terms)
        {
            var count = counts.GetValueOrDefault(term.Slug);
            output.WriteLine($"  {count,5}  {term.Slug}{(count == 0 ? "   <- no entry yet" : "")}");
        }
    }
}
