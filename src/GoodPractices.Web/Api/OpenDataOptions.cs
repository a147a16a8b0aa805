namespace GoodPractices.Web.Api;

/// <summary>The <c>GoodPractices:OpenData</c> configuration section: limits of the API, exports and feeds.</summary>
public sealed class OpenDataOptions
{
    public const string SectionName = "GoodPractices:OpenData";

    /// <summary>Requests one client address may make to the API, exports, feeds and citations per <see cref="RateLimitWindow"/>.</summary>
    public int RateLimitPermits { get; set; } = 600;

    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Whole-corpus downloads (<c>/data/practices.json</c>) one client address may make per <see cref="RateLimitWindow"/>,
    /// counted apart from the other requests: a client over the open data limit can still take the whole corpus.
    /// </summary>
    public int CorpusDownloadPermits { get; set; } = 10;

    /// <summary>How many of the most recently reviewed practices a feed carries.</summary>
    public int FeedEntries { get; set; } = 50;
}
