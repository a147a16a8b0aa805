using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Core;

namespace GoodPractices.Search.Indexing;

/// <summary>
/// The <see cref="FoldingAnalyzer"/> plus a plural ending taken off, for the vocabulary's labels and descriptions: a
/// reader types "drug courts" for the "Court" setting, "drogas" for a label that says "droga", and "tribunaux" or
/// "tribunais" for a description that says "tribunal" (<see cref="AlPluralFilter"/>).
/// </summary>
internal sealed class LabelAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LanguageAnalyzers.Version, reader);
        TokenStream stream = new LowerCaseFilter(LanguageAnalyzers.Version, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        stream = new AlPluralFilter(stream);
        stream = new EnglishMinimalStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    public override int GetPositionIncrementGap(string fieldName) => 100;
}
