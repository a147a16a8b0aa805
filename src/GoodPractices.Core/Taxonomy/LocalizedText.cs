namespace GoodPractices.Core.Taxonomy;

/// <summary>A short text in several interface languages, falling back to English, then to any.</summary>
public sealed class LocalizedText
{
    private readonly IReadOnlyDictionary<string, string> _byLanguage;

    public LocalizedText(IReadOnlyDictionary<string, string> byLanguage) => _byLanguage = byLanguage;

    public IReadOnlyDictionary<string, string> All => _byLanguage;

    public string this[string language] =>
        _byLanguage.TryGetValue(language, out var text) ? text
        : _byLanguage.TryGetValue("en", out var english) ? english
        : _byLanguage.Values.FirstOrDefault() ?? string.Empty;

    public override string ToString() => this["en"];
}
