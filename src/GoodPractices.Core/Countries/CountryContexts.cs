using GoodPractices.Core.Validation;

namespace GoodPractices.Core.Countries;

/// <summary>The corpus-wide checks of country context files, and the valid contexts with their translations, by country code.</summary>
public static class CountryContexts
{
    public static IReadOnlyDictionary<string, CountryContext> Assemble(IReadOnlyList<CountryContextFile> files, ICollection<Diagnostic> diagnostics)
    {
        var originals = files.Where(f => !f.IsTranslation && f.Context is not null)
            .ToDictionary(f => f.Context!.Country, f => f.Context!, StringComparer.Ordinal);
        var translations = new Dictionary<string, List<CountryContext>>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => f.IsTranslation && f.Country is not null))
        {
            var hasOriginal = files.Any(f => !f.IsTranslation && f.Country == file.Country);
            if (!hasOriginal)
            {
                diagnostics.Add(new Diagnostic(file.Path, file.CountryAt.Line, file.CountryAt.Column, DiagnosticSeverity.Error, DiagnosticCodes.TranslationOriginalMissing,
                    [MessagePart.Of("context-original-missing", ("country", file.Country), ("file", file.Country!.ToLowerInvariant() + ".md"))], "country"));
                continue;
            }
            if (file.Context is not { } translation || !originals.TryGetValue(translation.Country, out var original)) continue;
            if (translation.Language == original.Language)
            {
                diagnostics.Add(new Diagnostic(file.Path, file.LanguageAt.Line, file.LanguageAt.Column, DiagnosticSeverity.Error, DiagnosticCodes.TranslationLanguageMismatch,
                    [MessagePart.Of("context-same-language", ("country", translation.Country), ("language", translation.Language))], "language"));
                continue;
            }
            if (!translations.TryGetValue(translation.Country, out var list)) translations[translation.Country] = list = [];
            list.Add(translation);
        }
        return originals.ToDictionary(
            pair => pair.Key,
            pair => pair.Value with
            {
                Translations = translations.TryGetValue(pair.Key, out var list) ? list.OrderBy(t => t.Language, StringComparer.Ordinal).ToList() : [],
            },
            StringComparer.Ordinal);
    }
}
