using GoodPractices.Search.Contracts;

namespace GoodPractices.Search.Querying.Reading;

/// <summary>What <see cref="UserQueryReader"/> made of a query: the text part, facet filters typed as <c>country:IT</c>, and notices.</summary>
internal sealed record ParsedQuery(
    QueryNode? Root,
    IReadOnlyDictionary<FacetDimension, IReadOnlyList<string>> Filters,
    bool ReadAsPlainWords,
    IReadOnlyList<SearchNotice> Notices)
{
    /// <summary>The readable form of everything searched, filters included.</summary>
    public string Understood => Join(Root?.Display());

    /// <summary>Everything searched as a reader would type it (see <see cref="QueryNode.Typed"/>), filters included.</summary>
    public string Typed => Join(Root?.Typed());

    private string Join(string? text)
    {
        var parts = new List<string>();
        if (text is not null) parts.Add(text);
        parts.AddRange(Filters.SelectMany(f => f.Value.Select(v => $"{f.Key.Name}:{v}")));
        return string.Join(" ", parts);
    }
}
