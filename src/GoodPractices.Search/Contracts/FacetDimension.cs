using System.Collections.Frozen;

namespace GoodPractices.Search.Contracts;

/// <summary>A facet dimension: its URL parameter name and the taxonomy vocabulary (if any) its values come from.</summary>
public sealed record FacetDimension(string Name, string? Vocabulary)
{
    public static readonly FacetDimension Country = new("country", null);
    public static readonly FacetDimension Region = new("region", null);
    public static readonly FacetDimension Intervention = new("intervention", "intervention_types");
    public static readonly FacetDimension Stage = new("stage", "justice_stages");
    public static readonly FacetDimension Setting = new("setting", "settings");
    public static readonly FacetDimension Group = new("group", "target_groups");
    public static readonly FacetDimension Evidence = new("evidence", "evidence_levels");
    public static readonly FacetDimension Status = new("status", "statuses");
    public static readonly FacetDimension Language = new("language", null);

    /// <summary>Every dimension, in the order a search page shows them.</summary>
    public static readonly IReadOnlyList<FacetDimension> All =
        [Country, Region, Intervention, Stage, Setting, Group, Evidence, Status, Language];

    public static FacetDimension? Find(string? name) => name is null ? null : ByName.GetValueOrDefault(name);

    // A search page asks for a dimension by name for each of its few hundred facet values.
    private static readonly FrozenDictionary<string, FacetDimension> ByName =
        All.ToFrozenDictionary(d => d.Name, StringComparer.OrdinalIgnoreCase);
}
