using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Countries;

/// <summary>
/// The site over the fixture corpus plus what country pages show: national contexts (Italy in English with a French
/// translation, Portugal in Portuguese only, a broken one for France), an entry for the whole world, an entry written
/// in Italian only and one written in Italian with an English version.
/// </summary>
public sealed class CountriesSite : IDisposable
{
    private readonly TempDirectory _corpus;

    public CountriesSite()
    {
        _corpus = Fixtures.CopyOfPractices();
        Write("countries/it.md", Context("IT", "en", sources: true,
            "Possession for personal use is an administrative offence in Italy. Sentenced people with a dependence can serve their sentence in treatment. Opioid agonist treatment reaches the prisons."));
        Write("countries/it.fr.md", Context("IT", "fr", sources: false,
            "En Italie, la détention pour usage personnel est une infraction administrative. Les personnes condamnées peuvent exécuter leur peine en soins. Le traitement agoniste opioïde atteint les prisons."));
        Write("countries/pt.md", Context("PT", "pt", sources: true,
            "Em Portugal, a posse para consumo próprio é uma contraordenação. As comissões encaminham as pessoas para tratamento. O tratamento de substituição chega às prisões."));
        // Two sentences and no source: reported, left out, and nothing else with it.
        Write("countries/fr.md", "---\ncountry: FR\nlanguage: en\nlast_reviewed: 2026-11-30\n---\nToo short. Really.\n");
        Write("international/int-world-handbook.md", Practice("int-world-handbook", "en", "[]", "international", "A handbook for every country"));
        Write("it/it-solo-italiano.md", Practice("it-solo-italiano", "it", "[IT]", "local", "Sportello legale in carcere"));
        Write("it/it-bilingue.md", Practice("it-bilingue", "it", "[IT]", "local", "Assistenza legale alle famiglie"));
        Write("it/it-bilingue.en.md",
            "---\ntranslation_of: it-bilingue\nlanguage: en\ntitle: Legal help for families\nsummary: The English version of an Italian entry.\n---\n"
            + Body("The English text of the entry, with enough words in it to be read as a description."));
        Site = SiteFactory.OverPractices(_corpus.Path);
    }

    public SiteFactory Site { get; }

    public HttpClient Client() => Site.Client();

    public void Dispose()
    {
        Site.Dispose();
        _corpus.Dispose();
    }

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(_corpus.Path, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static string Context(string country, string language, bool sources, string body) =>
        $"---\ncountry: {country}\nlanguage: {language}\nlast_reviewed: 2026-11-30\n"
        + (sources ? $"sources:\n  - title: {country} country drug report\n    publisher: EMCDDA\n    year: 2019\n    url: https://example.org/{country.ToLowerInvariant()}-report\n" : "")
        + "---\n" + body + "\n";

    private static string Practice(string id, string language, string countries, string scope, string title) =>
        $"""
        ---
        id: {id}
        title: {title}
        summary: A summary of {id} for the country page tests.
        language: {language}
        countries: {countries}
        scope: {scope}
        organisations:
          - name: Test organisation
            type: ngo
        start_year: 2018
        status: active
        intervention_types: [legal-aid, family-support]
        justice_stages: [in-prison]
        settings: [prison]
        target_groups: [adults]
        evidence:
          level: promising-unevaluated
        sources:
          - title: A report for {id}
            publisher: Fixture Press
            year: 2020
        last_reviewed: 2026-11-01
        ---
        {Body("Testo della pratica, con abbastanza parole per essere letto come una descrizione completa.")}
        """;

    private static string Body(string sentence) => "## Context\n" + string.Join(' ', Enumerable.Repeat(sentence, 6)) + "\n";
}
