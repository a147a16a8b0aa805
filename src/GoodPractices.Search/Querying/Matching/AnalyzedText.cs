using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GoodPractices.Search.Querying.Matching;

/// <summary>A token as an analyzer produced it: the indexed term, its position and where it sits in the text.</summary>
internal readonly record struct AnalyzedToken(string Term, int Position, int StartOffset, int EndOffset);

/// <summary>Runs text through an analyzer the way the indexer did, for building queries and finding words to highlight.</summary>
internal static class AnalyzedText
{
    public static List<AnalyzedToken> Tokens(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<AnalyzedToken>();
        Matching(analyzer, field, text, 0, text.Length, static _ => true, tokens);
        return tokens;
    }

    /// <summary>
    /// Adds to <paramref name="into"/> the tokens of <c>text[start..end]</c> whose term <paramref name="wanted"/> accepts,
    /// with offsets in <paramref name="text"/>, without making a string of every other term: a passage reads hundreds
    /// of words to mark a few.
    /// </summary>
    public static void Matching(Analyzer analyzer, string field, string text, int start, int end, TermTest wanted, List<AnalyzedToken> into)
    {
        using var stream = analyzer.GetTokenStream(field, new StringReader(start == 0 && end == text.Length ? text : text[start..end]));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            var chars = term.Buffer.AsSpan(0, term.Length);
            if (wanted(chars)) into.Add(new AnalyzedToken(chars.ToString(), position, offset.StartOffset + start, offset.EndOffset + start));
        }
        stream.End();
    }

    public delegate bool TermTest(ReadOnlySpan<char> term);
}
