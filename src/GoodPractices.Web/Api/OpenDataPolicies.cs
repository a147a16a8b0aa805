namespace GoodPractices.Web.Api;

/// <summary>Names of the CORS and rate limiting policies every open data endpoint uses.</summary>
public static class OpenDataPolicies
{
    public const string Cors = "open-data";
    public const string RateLimit = "open-data";

    /// <summary>The whole-corpus download's own limit: the one the open data limit's 429 answer points to.</summary>
    public const string CorpusRateLimit = "corpus-download";

    /// <summary>The licence of the content, stated in every whole-corpus download.</summary>
    public const string ContentLicence = "CC-BY-4.0";
    public const string ContentLicenceUrl = "https://creativecommons.org/licenses/by/4.0/";
}
