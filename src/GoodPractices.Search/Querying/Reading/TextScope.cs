namespace GoodPractices.Search.Querying.Reading;

/// <summary>Where a word is looked for: everywhere, or only where a field prefix (<c>title:</c>, <c>org:</c>) points.</summary>
internal enum TextScope
{
    All,
    Title,
    Organisation,
}
