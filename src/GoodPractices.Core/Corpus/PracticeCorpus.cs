using GoodPractices.Core.Content;
using GoodPractices.Core.Countries;
using GoodPractices.Core.Taxonomy;

namespace GoodPractices.Core.Corpus;

/// <summary>The valid practices of a corpus folder, each with its translations, and the taxonomy they use.</summary>
public sealed class PracticeCorpus
{
    private readonly Dictionary<string, Practice> _byId;

    /// <param name="bodies">Where to read the bodies from, when <paramref name="practices"/> were loaded without them.</param>
    public PracticeCorpus(PracticeTaxonomy taxonomy, IReadOnlyList<Practice> practices, PracticeBodies? bodies = null)
    {
        Taxonomy = taxonomy;
        Practices = practices;
        Bodies = bodies;
        _byId = practices.ToDictionary(p => p.Id, StringComparer.Ordinal);
    }

    public PracticeTaxonomy Taxonomy { get; }

    /// <summary>The valid national context of each country that has one, by upper-case code, with its translations.</summary>
    public IReadOnlyDictionary<string, CountryContext> CountryContexts { get; init; } = new Dictionary<string, CountryContext>();
    public IReadOnlyList<Practice> Practices { get; }

    /// <summary>
    /// Set when the practices were loaded without their bodies (<see cref="Practice.Body"/> is empty): whoever needs
    /// the text reads it through <see cref="WithBody"/>, one practice at a time.
    /// </summary>
    public PracticeBodies? Bodies { get; }

    /// <summary>The practice with its body (and its translations'), read back from its file when it was not kept.</summary>
    public Practice WithBody(Practice practice) => Bodies is null ? practice : Bodies.Load(practice);

    public Practice? Find(string id) => _byId.GetValueOrDefault(id);
}
