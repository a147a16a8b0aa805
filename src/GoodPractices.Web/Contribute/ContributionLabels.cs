using System.Globalization;
using GoodPractices.Core.Taxonomy;
using GoodPractices.Web.Localization;
using Microsoft.Extensions.Localization;

namespace GoodPractices.Web.Contribute;

/// <summary>
/// A field named as the contribute form labels it ("Organisation 2: type", "Start year"), never as the file
/// names it (<c>organisations[2].type</c>, <c>start_year</c>): contributors know the form, not the file.
/// </summary>
public sealed class ContributionLabels(IStringLocalizer<Ui> text, PracticeTaxonomy taxonomy, string language)
{
    /// <summary>The label of the field whose key (as in <see cref="ContributionFields"/>) is <paramref name="key"/>.</summary>
    public string Of(string key)
    {
        var open = key.IndexOf('[', StringComparison.Ordinal);
        var close = key.IndexOf(']', StringComparison.Ordinal);
        if (open > 0 && close > open && int.TryParse(key.AsSpan(open + 1, close - open - 1), out var row))
        {
            var group = key[..open] switch
            {
                "organisations" => text["Organisation {0}", row],
                "sources" => text["Source {0}", row],
                "related" => text["Related practice {0}", row],
                _ => text["Rating {0}", row],
            };
            if (close + 2 > key.Length) return group;
            var field = key[(close + 2)..] switch
            {
                "name" => text["Name"],
                "type" => text["Type"],
                "title" => text["Title"],
                "publisher" => text["Publisher"],
                "year" => text["Year"],
                "source" => text["Registry"],
                "rating" => text["Rating"],
                _ => text["Web address"],
            };
            return $"{group}: {field.Value.ToLower(new CultureInfo(language))}";
        }
        return key switch
        {
            "id" => text["Id"],
            "title" => text["Title"],
            "title_original" => text["Original title"],
            "summary" => text["Summary"],
            "language" => text["Language of the text"],
            "countries" => text["Countries"],
            "organisations" => text["Organisations"],
            "start_year" => text["Start year"],
            "end_year" => text["End year"],
            "evidence" or "evidence.level" => Vocabulary(PracticeTaxonomy.EvidenceLevels),
            "evidence.outcomes" => text["Outcomes measured"],
            "evidence.ratings" => text["Ratings by other registries"],
            "un_standards" => text["UN standards"],
            "sources" => text["Sources"],
            "related" => text["Related practices"],
            "last_reviewed" => text["Last reviewed"],
            ContributionFields.Body => text["The text"],
            "scope" => Vocabulary(PracticeTaxonomy.Scopes),
            "status" => Vocabulary(PracticeTaxonomy.Statuses),
            _ => Vocabulary(key),
        };
    }

    private string Vocabulary(string key) => taxonomy.FindVocabulary(key)?.Label[language] ?? key;
}
