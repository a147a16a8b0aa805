using System.Text.RegularExpressions;

namespace GoodPractices.Core.Countries;

/// <summary>
/// Counts the sentences of a short prose text as a reader would: a full stop, question or exclamation mark followed
/// by a capital letter or the end. A lower-case word, a digit or a known abbreviation after a full stop ("e.g. the",
/// "Art. 94", "Dr. Rossi") does not end a sentence.
/// </summary>
public static partial class SentenceCount
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "art", "arts", "no", "nos", "nr", "dr", "mr", "mrs", "ms", "st", "prof", "sb", "coll", "ltd", "inc", "vs", "cf", "eg", "ie",
        "etc", "approx", "para", "sec", "ch", "vol", "pp", "p", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec",
    };

    [GeneratedRegex(@"(?<word>[\p{L}\p{N}]*)[.!?…]+[""'”’»)\]]*(?=\s+[""'“„«(]?\p{Lu}|\s*$)")]
    private static partial Regex SentenceEnd();

    public static int Of(string text)
    {
        var prose = text.Trim();
        if (prose.Length == 0) return 0;
        var count = 0;
        var lastEnd = 0;
        foreach (Match end in SentenceEnd().Matches(prose))
        {
            var word = end.Groups["word"].Value;
            var isAbbreviation = prose[end.Index + word.Length] == '.'
                && (Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0])));
            if (isAbbreviation && end.Index + end.Length < prose.Length) continue;
            count++;
            lastEnd = end.Index + end.Length;
        }
        // A last sentence without its full stop still counts.
        return prose[lastEnd..].Any(char.IsLetterOrDigit) ? count + 1 : count;
    }
}
