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

    /// <summary>
    /// The site's public origin, e.g. <c>https://goodpractices.example.org</c>: every absolute link is written with it,
    /// whatever <c>Host</c> header a request carries. Empty means each request's own host (a warning outside Development).
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>
    /// Addresses (<c>10.0.0.5</c>) or networks (<c>10.0.0.0/8</c>) of the reverse proxies whose <c>X-Forwarded-For</c>
    /// and <c>X-Forwarded-Proto</c> are believed: the client address they name is then the one rate limits count.
    /// Empty means no proxy is trusted (unless <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c>, which trusts any).
    /// </summary>
    public string[] TrustedProxies { get; set; } = [];

    /// <summary>
    /// The largest practice file read when the site builds its own index from <see cref="PracticesPath"/>, in bytes; a
    /// larger file is skipped with an error in the log, as <c>index-build --max-file-kb</c> refuses it.
    /// </summary>
    public long MaxPracticeFileBytes { get; set; } = GoodPractices.Core.Content.PracticeFileReader.DefaultMaxFileBytes;

    /// <summary>How often the manifest is re-read in case a file system event was missed (network shares drop them).</summary>
    public TimeSpan ManifestPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a newly opened index version may be searched before it is served (see
    /// <see cref="GoodPractices.Web.Indexing.VersionWarmUp"/>); zero serves it at once. The warm-up usually ends sooner.
    /// </summary>
    public TimeSpan WarmUpLimit { get; set; } = TimeSpan.FromSeconds(10);
}
