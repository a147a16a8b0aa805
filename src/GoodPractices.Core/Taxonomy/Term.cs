namespace GoodPractices.Core.Taxonomy;

/// <summary>One value of a vocabulary: a stable slug with its labels and a one-line description.</summary>
public sealed record Term(string Slug, LocalizedText Label, LocalizedText Description);
