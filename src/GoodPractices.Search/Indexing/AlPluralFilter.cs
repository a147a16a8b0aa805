using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GoodPractices.Search.Indexing;

/// <summary>
/// Takes the plural of a word ending in -al back to it, as French, Portuguese and Italian form it: "tribunaux" and
/// "tribunais" to "tribunal", "sociali" to "sociale". The English ending -s is left to the filter after this one. Folded
/// words only (no accents); words of fewer than six letters and a few French words that end so without being plurals
/// ("français", "jamais") are kept as they are.
/// </summary>
internal sealed class AlPluralFilter : TokenFilter
{
    private const int MinLength = 6;

    private static readonly HashSet<string> NotPlurals = new(StringComparer.Ordinal)
    {
        "francais", "anglais", "irlandais", "ecossais", "neerlandais", "portugais", "polonais", "japonais", "libanais",
        "jamais", "palais", "relais", "marais", "rabais", "desormais",
    };

    private readonly ICharTermAttribute _term;

    public AlPluralFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var length = _term.Length;
        if (length < MinLength) return true;
        var buffer = _term.Buffer;
        if (Ends(buffer, length, "aux") || Ends(buffer, length, "ais") && !NotPlurals.Contains(_term.ToString()))
        {
            // -aux, -ais: -al
            buffer[length - 2] = 'l';
            _term.Length = length - 1;
        }
        else if (Ends(buffer, length, "ali"))
        {
            // -ali: -ale
            buffer[length - 1] = 'e';
        }
        return true;
    }

    private static bool Ends(char[] buffer, int length, string ending) =>
        buffer.AsSpan(length - ending.Length, ending.Length).SequenceEqual(ending);
}
