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
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return tokens;
    }
}
