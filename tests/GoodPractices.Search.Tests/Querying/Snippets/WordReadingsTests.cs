using GoodPractices.Search.Indexing;
using GoodPractices.Search.Querying.Matching;
using GoodPractices.Search.Querying.Snippets;

namespace GoodPractices.Search.Tests.Querying.Snippets;

/// <summary>
/// A passage marks the words a search matched by reading each word once and remembering its terms
/// (<see cref="WordReadings"/>): the marks must be exactly those that running the whole text through the field's
/// analyzer gives, or a reader would see a stemmed match left unmarked, a stop word marked, or a mark off by a letter.
/// </summary>
public class WordReadingsTests
{
    // Running text of each language with what its analyzer does to single words: stop words, elisions, possessives,
    // accents, capitals, numbers, hyphens and an apostrophe inside a word.
    private static readonly (string Key, string Text)[] Texts =
    [
        ("en", "The prisoner's family visits the Prisons of the United Kingdom; 3.5 drug-free units in 2019, housing and O'Neill's programme."),
        ("fr", "L'accès aux traitements de substitution aux opiacés en détention, qu'il s'agisse d'hommes ou de femmes."),
        ("it", "Dell'assistenza sanitaria nelle carceri: l'unità per le detenute madri (ICAM) e il metadone."),
        ("pt", "A descriminalização do consumo: comissões para a dissuasão da toxicodependência e detenção."),
        ("cs", "Oddělení pro matky s dětmi ve věznici, substituční léčba a výměna jehel ve vězeních."),
        ("de", "Die Überdosis-Prävention mit Naloxon für Gefangene nach der Entlassung aus dem Gefängnis."),
        ("es", "Los programas de intercambio de jeringuillas en las prisiones españolas y la reinserción."),
        ("nl", "De drugsbehandeling van gedetineerden in de gevangenissen en de reclassering."),
        (LanguageAnalyzers.Standard, "Programy redukcji szkód w więzieniach, a'la carte, ÉTÉ, naïve café."),
    ];

    [Fact]
    public void WordsReadOneAtATimeGiveTheTermsAndPlacesOfTheWholeTextReadAtOnce()
    {
        using var analyzer = new PracticeAnalyzer();
        using var readings = new WordReadings(analyzer);

        foreach (var (key, text) in Texts)
        {
            foreach (var field in new[] { FieldNames.Body(key), FieldNames.FoldedText })
            {
                var expected = AnalyzedText.Tokens(analyzer, field, text);
                Assert.NotEmpty(expected);
                // Twice: first with every word new, then with every word remembered.
                for (var pass = 0; pass < 2; pass++)
                {
                    var found = new List<AnalyzedToken>();
                    readings.Read(text, 0, text.Length, new WordReadings.Reading(field, _ => true, found));
                    Assert.Equal(expected, found);
                }
            }
        }
    }

    [Fact]
    public void AStretchOfTextIsMarkedWhereItStandsInTheWholeAndBothReadingsComeFromOnePass()
    {
        using var analyzer = new PracticeAnalyzer();
        using var readings = new WordReadings(analyzer);
        const string text = "Summary of the practice.\nThe prisoners' families visit; l'accès aux détenus.";
        var start = text.IndexOf('\n') + 1;

        var language = new List<AnalyzedToken>();
        var folded = new List<AnalyzedToken>();
        readings.Read(text, start, text.Length,
            new WordReadings.Reading(FieldNames.Body("en"), term => term == "prison" || term == "famili", language),
            new WordReadings.Reading(FieldNames.FoldedText, term => term == "detenus", folded));

        Assert.Equal(["prisoners", "families"], language.Select(t => text[t.StartOffset..t.EndOffset]));
        Assert.Equal(["prison", "famili"], language.Select(t => t.Term));
        Assert.Equal("détenus", Assert.Single(folded) is var only ? text[only.StartOffset..only.EndOffset] : null);
    }

    [Fact]
    public void PastItsLimitAWordIsStillReadButNoLongerRemembered()
    {
        using var analyzer = new PracticeAnalyzer();
        using var readings = new WordReadings(analyzer, maxKept: 3);
        const string text = "prison probation courts treatment women";

        var found = new List<AnalyzedToken>();
        readings.Read(text, 0, text.Length, new WordReadings.Reading(FieldNames.Body("en"), _ => true, found));

        Assert.Equal(["prison", "probat", "court", "treatment", "women"], found.Select(t => t.Term));
        Assert.Equal(3, readings.Kept);
    }
}
