using GoodPractices.Core.Content;
using GoodPractices.Core.Taxonomy;

namespace GoodPractices.Core.Corpus;

/// <summary>The valid practices of a corpus folder, each with its translations, and the taxonomy they use.</summary>
public sealed class PracticeCorpus
{
    private readonly Dictionary<string, Practice> _byId;

    public PracticeCorpus(PracticeTaxonomy taxonomy, IReadOnlyList<Practice> practices)
    {
        Taxonomy = taxonomy;
        Practices = practices;
        _byId = practices.ToDictionary(p => p.Id, StringComparer.Ordinal);
    }

    public PracticeTaxonomy Taxonomy { get; }
    public IReadOnlyList<Practice> Practices { get; }

    public Practice? Find(string id) => _byId.GetValueOrDefault(id);
}
