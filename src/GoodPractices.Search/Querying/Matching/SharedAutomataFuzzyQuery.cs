using GoodPractices.Search.Querying.Suggestions;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;

namespace GoodPractices.Search.Querying.Matching;

/// <summary>
/// Lucene's <see cref="FuzzyQuery"/>, whose Levenshtein automata are built once for a word and shared by every field
/// it is looked for in. Lucene builds them once per query and reuses them across segments, since they depend only on
/// the word and the number of edits; a word looked for in four fields had them built four times, which was 60% of a
/// search that needed a typing mistake forgiven (<c>dissuasion</c> at 10,000 entries).
/// </summary>
/// <remarks>The word's first letters (<see cref="Spelling.KeptPrefix"/>) must match as typed.</remarks>
internal sealed class SharedAutomataFuzzyQuery(Term term, int maxEdits, List<CompiledAutomaton> automata)
    : FuzzyQuery(term, maxEdits, Spelling.KeptPrefix)
{
    protected override TermsEnum GetTermsEnum(Terms terms, AttributeSource atts)
    {
        var cached = atts.AddAttribute<FuzzyTermsEnum.ILevenshteinAutomataAttribute>().Automata;
        if (cached.Count == 0) foreach (var automaton in automata) cached.Add(automaton);
        var termsEnum = base.GetTermsEnum(terms, atts);
        for (var i = automata.Count; i < cached.Count; i++) automata.Add(cached[i]);
        return termsEnum;
    }
}
