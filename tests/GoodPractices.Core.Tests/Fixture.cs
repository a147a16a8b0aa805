using GoodPractices.Core.Corpus;
using GoodPractices.Core.Taxonomy;

namespace GoodPractices.Core.Tests;

/// <summary>Paths and a loader for the fixture files copied beside the test assembly.</summary>
internal static class Fixture
{
    /// <summary>The day the fixtures are checked against, so that they never age into errors.</summary>
    public static readonly DateOnly Today = new(2026, 11, 28);

    public static string Root => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string ValidationCases => Path.Combine(Root, "Validation");

    public static PracticeTaxonomy Taxonomy { get; } = TaxonomyLoader.Load(Path.Combine(Root, "taxonomy.yml"));

    public static CorpusLoadResult LoadCase(string name) =>
        new CorpusLoader(Taxonomy, Today).Load(Path.Combine(ValidationCases, name));
}
