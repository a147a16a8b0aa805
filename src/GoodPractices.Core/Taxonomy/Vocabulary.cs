using GoodPractices.Core.Text;

namespace GoodPractices.Core.Taxonomy;

/// <summary>A closed list of slugs, in the order the taxonomy gives them (for evidence levels, strongest first).</summary>
public sealed class Vocabulary
{
    private readonly Dictionary<string, Term> _bySlug;

    public Vocabulary(string key, LocalizedText label, IReadOnlyList<Term> terms)
    {
        Key = key;
        Label = label;
        Terms = terms;
        _bySlug = terms.ToDictionary(t => t.Slug, StringComparer.Ordinal);
    }

    /// <summary>The front matter field name, e.g. <c>intervention_types</c>.</summary>
    public string Key { get; }
    public LocalizedText Label { get; }
    public IReadOnlyList<Term> Terms { get; }

    public bool Contains(string slug) => _bySlug.ContainsKey(slug);

    public Term? Find(string slug) => _bySlug.GetValueOrDefault(slug);

    /// <summary>Position in the taxonomy's order, or int.MaxValue for an unknown slug.</summary>
    public int IndexOf(string slug)
    {
        for (var i = 0; i < Terms.Count; i++)
        {
            if (Terms[i].Slug == slug) return i;
        }
        return int.MaxValue;
    }

    public IReadOnlyList<string> ClosestTo(string slug) => Closest.To(slug, _bySlug.Keys);
}
