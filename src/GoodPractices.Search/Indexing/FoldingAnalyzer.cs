using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace GoodPractices.Search.Indexing;

/// <summary>
/// Lower-cases and folds accents to ASCII without stemming or stop words, for the fields that hold every
/// language at once: a reader who types <c>detencao</c> on a keyboard without accents still finds <c>detenção</c>.
/// </summary>
internal sealed class FoldingAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LanguageAnalyzers.Version, reader);
        TokenStream stream = new LowerCaseFilter(LanguageAnalyzers.Version, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    // Values added to one field are separate texts: a phrase must not match across the end of one and the start of the next.
    public override int GetPositionIncrementGap(string fieldName) => 100;
}
