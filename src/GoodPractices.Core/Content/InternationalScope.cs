namespace GoodPractices.Core.Content;

/// <summary>
/// Entries that span the world or a continent (a UN handbook, a European network) rather than a place: their
/// <c>scope</c> is <c>international</c>, their <c>countries</c> list may be empty, and they are found under the
/// region of that name rather than filed under the country that happens to host the organisation.
/// </summary>
public static class InternationalScope
{
    /// <summary>The <c>scope</c> slug, and the region value these entries are found under.</summary>
    public const string Slug = "international";

    public static bool Applies(Practice practice) => practice.Scope == Slug;
}
