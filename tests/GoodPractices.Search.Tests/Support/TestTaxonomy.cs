using GoodPractices.Core.Taxonomy;

namespace GoodPractices.Search.Tests.Support;

/// <summary>The fixture taxonomy: every vocabulary of the content schema and a handful of countries.</summary>
internal static class TestTaxonomy
{
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", TaxonomyLoader.FileName);

    // Immutable once loaded, so one instance is safe to share between tests.
    private static readonly Lazy<PracticeTaxonomy> Loaded = new(() => TaxonomyLoader.Load(Path));

    public static PracticeTaxonomy Instance => Loaded.Value;
}
