namespace GoodPractices.Web.Api;

/// <summary>A country with its names in every interface language, its UN sub-region, EU membership and how many practices it has.</summary>
public sealed record CountryResponse(
    string Code,
    IReadOnlyDictionary<string, string> Name,
    string Region,
    bool Eu,
    int PracticeCount,
    string ProfileUrl,
    string FeedUrl);
