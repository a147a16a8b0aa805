using GoodPractices.Core.Content;

namespace GoodPractices.Search.Contracts;

/// <summary>Every match of a search (see <see cref="IPracticeSearcher.SearchAll"/>): how many, then the practices, read lazily.</summary>
public sealed record AllMatches(int TotalHits, IEnumerable<Practice> Practices);
