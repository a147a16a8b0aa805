namespace GoodPractices.Core.Taxonomy;

/// <summary>An ISO 3166-1 country with its names, UN M49 sub-region and EU membership.</summary>
public sealed record Country(string Code, LocalizedText Name, string Region, bool Eu);

/// <summary>A UN M49 sub-region.</summary>
public sealed record Region(string Slug, string M49, LocalizedText Label);

/// <summary>A language entries may be written in, named in itself.</summary>
public sealed record EntryLanguage(string Code, string Name);
