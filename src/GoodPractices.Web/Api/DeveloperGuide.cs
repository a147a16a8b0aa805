namespace GoodPractices.Web.Api;

/// <summary>The endpoints the developers page presents, each with what it answers and an example address.</summary>
public static class DeveloperGuide
{
    /// <param name="Description">An interface string: the page translates it.</param>
    /// <param name="Example">A path and query on this site; <c>{id}</c> stands for a practice id.</param>
    public sealed record Entry(string Path, string Description, string Example);

    public static readonly IReadOnlyList<Entry> Endpoints =
    [
        new("/api/search", "Search practices: hits, facet counts with labels, paging, the query as understood", "/api/search?q=prison&country=IT&pageSize=5"),
        new("/api/practices/{id}", "One practice: every field, the Markdown body and its HTML, the translations", "/api/practices/{id}"),
        new("/api/taxonomy", "Vocabularies with labels and descriptions in every language", "/api/taxonomy"),
        new("/api/countries", "Countries with their names, region, EU membership and number of practices", "/api/countries"),
        new("/api/suggest", "Completions of what a reader is typing: titles, organisations, vocabulary labels and countries", "/api/suggest?q=dub"),
        new("/export.csv", "Every practice a search finds, as CSV for spreadsheets", "/export.csv?intervention=opioid-agonist-treatment"),
        new("/export.jsonl", "Every practice a search finds, as JSON Lines", "/export.jsonl?q=naloxone"),
        new("/data/practices.json", "The whole corpus as one JSON document, with its licence and index version", "/data/practices.json"),
        new("/feed.atom", "A search as an Atom feed, most recently reviewed first", "/feed.atom?country=PT"),
        new("/practices/{id}.bib", "The citation of a practice in BibTeX, RIS or CSL-JSON", "/practices/{id}.bib"),
    ];
}
