using GoodPractices.Core.Corpus;
using GoodPractices.Core.Taxonomy;

namespace GoodPractices.Core.Tests.Corpus;

/// <summary>A corpus folder of its own for one test, with the project's real taxonomy, deleted afterwards.</summary>
internal sealed class TempCorpus : IDisposable
{
    /// <summary>The day these corpora are checked against.</summary>
    public static readonly DateOnly Today = new(2026, 12, 6);

    public TempCorpus()
    {
        Root = Path.Combine(Path.GetTempPath(), "gp-core-corpus", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        File.Copy(Path.Combine(Repository.Practices, TaxonomyLoader.FileName), Path.Combine(Root, TaxonomyLoader.FileName));
    }

    public string Root { get; }

    public TempCorpus With(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return this;
    }

    public CorpusLoadResult Load() => new CorpusLoader(TaxonomyLoader.LoadFromCorpus(Root), Today).Load(Root);

    /// <summary>The diagnostics as <c>path:line:column: severity CODE</c>, in order.</summary>
    public static IReadOnlyList<string> Brief(CorpusLoadResult result) =>
        result.Diagnostics.Select(d => $"{d.Path}:{d.Line}:{d.Column}: {(d.IsError ? "error" : "warning")} {d.Code}").ToList();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temporary folder cleaning.
        }
    }

    /// <summary>
    /// A valid practice file. Lines: 8 <c>countries</c>, 9 <c>scope</c>, 17 <c>level</c>, 19-23 the one source (with
    /// <paramref name="sourceExtra"/> as line 23 when given).
    /// </summary>
    public static string Practice(string id, string countries = "[IT]", string scope = "national", string level = "promising-unevaluated",
        string? sourceExtra = null, string language = "en") =>
        $"""
        ---
        id: {id}
        title: A practice written for a test
        summary: A short summary of a practice written for a test.
        language: {language}
        organisations:
          - {"{"}name: Test organisation, type: ngo{"}"}
        countries: {countries}
        scope: {scope}
        start_year: 2015
        status: active
        intervention_types: [legal-aid]
        justice_stages: [sentencing]
        settings: [community]
        target_groups: [adults]
        evidence:
          level: {level}
        sources:
          - title: A report on the practice
            publisher: A ministry
            year: 2020
            url: https://example.org/report
        {(sourceExtra is null ? "" : "    " + sourceExtra + "\n")}last_reviewed: 2026-11-01
        ---
        ## Context
        {string.Join(' ', Enumerable.Repeat("People who use drugs meet the courts and this practice helps them find treatment.", 6))}
        """;

    /// <summary>A valid national context file of three sentences.</summary>
    public static string Context(string country = "IT", string language = "en", string lastReviewed = "2026-11-30", bool sources = true,
        string? body = null) =>
        $"""
        ---
        country: {country}
        language: {language}
        last_reviewed: {lastReviewed}
        {(sources ? "sources:\n  - title: Country Drug Report 2019\n    publisher: EMCDDA\n    year: 2019\n    url: https://example.org/cdr" : "")}
        ---
        {body ?? "Possession for personal use is an administrative offence. Courts can order treatment instead of prison. Opioid agonist treatment reaches every prison."}
        """;
}
