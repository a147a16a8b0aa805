using GoodPractices.Search.Contracts;

namespace GoodPractices.Search.Querying.Reading;

/// <summary>A place a reader named: the facet values it stands for (a country, a group of countries, a region).</summary>
internal sealed record Place(FacetDimension Dimension, IReadOnlyList<string> Values)
{
    public bool Equals(Place? other) =>
        other is not null && Dimension == other.Dimension && Values.SequenceEqual(other.Values, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Dimension, string.Join(',', Values));
}
