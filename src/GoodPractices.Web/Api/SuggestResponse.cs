namespace GoodPractices.Web.Api;

/// <summary>Completions for what a reader has typed so far, best first.</summary>
public sealed record SuggestResponse(string Query, IReadOnlyList<string> Suggestions);
