namespace GoodPractices.Web.Api;

/// <summary>The <c>GoodPractices:OpenData</c> configuration section: limits of the API, exports and feeds.</summary>
public sealed class OpenDataOptions
{
    public const string SectionName = "GoodPractices:OpenData";

    /// <summary>Requests one client address may make to the API, exports, feeds and citations per <see cref="RateLimitWindow"/>.</summary>
    public int RateLimitPermits { get; set; } = 600;

    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many of the most recently reviewed practices a feed carries.</summary>
    public int FeedEntries { get; set; } = 50;
}
