using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cz;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.It;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Pt;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace GoodPractices.Search.Indexing;

/// <summary>
/// Which analyzer reads which language. Languages with a stemmer in Lucene.Net's common analyzers get their own
/// fields; every other language (Polish among them: its stemmer ships in a separate package) shares the
/// <see cref="Standard"/> fields, tokenized and lower-cased but not stemmed.
/// </summary>
internal static class LanguageAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>The key of the fields shared by languages without a stemmer of their own.</summary>
    public const string Standard = "std";

    /// <summary>Every language key that has fields in the index, the shared one last.</summary>
    public static readonly IReadOnlyList<string> Keys = ["en", "fr", "it", "pt", "cs", "de", "es", "nl", Standard];

    /// <summary>The key of the fields that hold text written in <paramref name="language"/> (an ISO 639-1 code).</summary>
    public static string KeyOf(string language) =>
        Keys.Contains(language, StringComparer.Ordinal) && language != Standard ? language : Standard;

    /// <summary>
    /// English words the stemmer would make into another, common word of this field: "United Kingdom" and "United
    /// Nations" read as "unit" and "nation" made every British entry match "drug-free units" and put Release's legal
    /// advice before the UN handbook for "United Nations"; "housing" read as "house" found the Lithuanian arrest house;
    /// "communication" read as "community". They are indexed and searched as written.
    /// </summary>
    private static CharArraySet EnglishKeptWhole => new(Version, ["united", "nations", "housing", "communication", "communications"], ignoreCase: true);

    /// <summary>A fresh analyzer for a language key; analyzers hold per-thread state, so each index owns its own.</summary>
    public static Analyzer Create(string key) => key switch
    {
        "en" => new EnglishAnalyzer(Version, EnglishAnalyzer.DefaultStopSet, EnglishKeptWhole),
        "fr" => new FrenchAnalyzer(Version),
        "it" => new ItalianAnalyzer(Version),
        "pt" => new PortugueseAnalyzer(Version),
        "cs" => new CzechAnalyzer(Version),
        "de" => new GermanAnalyzer(Version),
        "es" => new SpanishAnalyzer(Version),
        "nl" => new DutchAnalyzer(Version),
        _ => new StandardAnalyzer(Version, CharArraySet.Empty),
    };
}
