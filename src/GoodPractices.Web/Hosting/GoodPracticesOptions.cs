namespace GoodPractices.Web.Hosting;

/// <summary>The <c>GoodPractices</c> configuration section.</summary>
public sealed class GoodPracticesOptions
{
    public const string SectionName = "GoodPractices";

    /// <summary>The corpus folder; empty means the repository's <c>practices/</c>, found above the content root.</summary>
    public string PracticesPath { get; set; } = "";

    /// <summary>A folder of index versions written by index-build; empty means build one from <see cref="PracticesPath"/> at start-up.</summary>
    public string? IndexPath { get; set; }

    /// <summary>Where contributors propose corrections; "suggest a correction" links into it.</summary>
    public string RepositoryUrl { get; set; } = "https://github.com/goodpractices/goodpractices";

    /// <summary>Rebuild the index when a practice file changes; null means only in Development.</summary>
    public bool? WatchPractices { get; set; }

    /// <summary>How often the manifest is re-read in case a file system event was missed (network shares drop them).</summary>
    public TimeSpan ManifestPollInterval { get; set; } = TimeSpan.FromSeconds(5);
}
