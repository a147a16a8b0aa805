using System.Text.RegularExpressions;
using GoodPractices.Core.Validation;
using GoodPractices.Web.Localization;
using Microsoft.Extensions.Localization;

namespace GoodPractices.Web.Contribute;

/// <summary>
/// The validator's findings said in the form's words. The command line speaks of the file (field names,
/// list syntax, headings, front matter) and keeps doing so; a contributor using the form sees the field as the
/// form labels it and is told what to do in the form.
/// </summary>
public sealed partial class FormWording(IStringLocalizer<Ui> text, ContributionLabels labels)
{
    // Findings about the file's shape, which the form writes correctly: if one ever shows, it is said plainly.
    private static readonly HashSet<string> FileShapeKeys =
    [
        "not-utf8", "front-matter-missing", "front-matter-unclosed", "front-matter-not-fields", "yaml-syntax",
        "wrong-type-text", "wrong-type-number", "wrong-type-list", "wrong-type-entries", "wrong-type-group",
        "list-item-not-value", "list-item-not-entry", "unknown-field", "remove-unknown-field",
        "field-not-allowed-in-translation", "id-differs-from-file-name", "translation-suffix-without-original",
        "translation-file-name", "translation-language-file-name",
    ];

    // Names of fields written into the validator's sentences themselves rather than passed as {field}.
    private static readonly string[] NamedInSentences = ["end_year", "start_year", "last_reviewed", "related", "translation_of"];

    /// <summary>The message of <paramref name="diagnostic"/> in <paramref name="language"/>, in the form's words.</summary>
    public string Of(Diagnostic diagnostic, string language) =>
        string.Join(' ', diagnostic.Parts.Select(part => Sentence(part, diagnostic.Field, language)).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal));

    private string Sentence(MessagePart part, string? field, string language)
    {
        var label = field is null ? null : Quoted(labels.Of(field));
        string Arg(string name) => part.Arguments.TryGetValue(name, out var value) ? value : "";
        switch (part.Key)
        {
            case "required-field-missing":
                return string.Format(text["Fill in {0}: it is required."].Value, label ?? Quoted(labels.Of(Arg("field"))));
            case "give-at-least-one-value":
                return text["Choose at least one."].Value;
            case "valid-values-in-taxonomy":
                return text["Choose one of the values the form offers."].Value;
            case "body-empty":
                return string.Format(text["Write the text of the entry: at least {0} words in all, in the parts {1}."].Value, Arg("min"),
                    string.Join(", ", new[] { "Context", "What it does", "Results", "Transferability", "Contact" }.Select(s => Quoted(text[s].Value))));
            case "related-to-itself":
                return string.Format(text["{0} names this entry itself ({1}); remove it."].Value, Quoted(labels.Of("related")), Arg("id"));
            case "unknown-related-id":
                return string.Format(text["{0} names {1}, but no practice has that id."].Value, Quoted(labels.Of("related")), Quoted(Arg("id")));
            case "end-before-start":
                return string.Format(text["{0} ({1}) is before {2} ({3})."].Value, Quoted(labels.Of("end_year")), Arg("end"), Quoted(labels.Of("start_year")), Arg("start"));
            case var key when FileShapeKeys.Contains(key):
                return label is null
                    ? text["The entry could not be read as written: check the fields marked below."].Value
                    : string.Format(text["{0} could not be read as written: check what you typed there."].Value, label);
        }
        // Every other sentence names at most the field and values: put the field's label where its name was.
        var template = ValidationMessages.Translations(part.Key).GetValueOrDefault(language) ?? ValidationMessages.Translations(part.Key)["en"];
        var sentence = Placeholder().Replace(template, m => m.Groups[1].Value switch
        {
            "field" => labels.Of(Arg("field")),
            var name => Arg(name),
        });
        // The field's name sits in plain quotes in every language's sentence: the label gets typographic ones.
        sentence = sentence.Replace($"'{labels.Of(Arg("field"))}'", Quoted(labels.Of(Arg("field"))), StringComparison.Ordinal);
        foreach (var named in NamedInSentences)
        {
            sentence = sentence.Replace($"'{named}'", Quoted(labels.Of(named)), StringComparison.Ordinal);
        }
        return sentence;
    }

    private string Quoted(string value) => string.Format(text["“{0}”"].Value, value);

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Placeholder();
}
