using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using GoodPractices.Core.Content;
using GoodPractices.Web.Api;

namespace GoodPractices.Web.Practices;

/// <summary>
/// A practice page described for search engines and link previews in schema.org JSON-LD: the page is an
/// <c>Article</c> of the knowledge base, about a <c>Service</c> (the practice itself) with the places it serves, the
/// organisations that provide it and the people it is for; its sources are its citations.
/// </summary>
public static class PracticeStructuredData
{
    // Every character a reader's language needs is written as it is; the characters that could end the script element
    // it sits in (<, >, &, quotes) are always escaped by the encoder.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <param name="address">The absolute address of the page in the language shown.</param>
    /// <param name="siteRoot">The absolute root of the site, without a language prefix.</param>
    public static string Write(PracticeView view, string address, string siteRoot)
    {
        var practice = view.Practice;
        var text = view.Text;
        var labels = view.Labels;
        var reviewed = text.IsTranslation
            ? practice.Translations.First(t => t.Language == text.Language).LastReviewed ?? practice.LastReviewed
            : practice.LastReviewed;

        var service = new JsonObject
        {
            ["@type"] = "Service",
            ["name"] = text.Title,
            ["description"] = text.Summary,
            ["serviceType"] = Array(practice.InterventionTypes.Select(t => labels.Value("intervention", t))),
            ["areaServed"] = Array(practice.Countries.Select(code => new JsonObject
            {
                ["@type"] = "Country",
                ["name"] = labels.Country(code),
                ["identifier"] = code,
            })),
            ["provider"] = Array(practice.Organisations.Select(Organisation)),
            ["audience"] = Array(practice.TargetGroups.Select(g => new JsonObject
            {
                ["@type"] = "Audience",
                ["audienceType"] = labels.Value("group", g),
            })),
        };
        // A practice of no country (an international network, a UN handbook) serves no area a list of countries can name.
        if (practice.Countries.Count == 0) service.Remove("areaServed");
        if (!string.IsNullOrWhiteSpace(text.TitleOriginal) && text.TitleOriginal != text.Title) service["alternateName"] = text.TitleOriginal;

        var article = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Article",
            ["@id"] = address,
            ["url"] = address,
            ["headline"] = Shorten(text.Title, 110),
            ["name"] = text.Title,
            ["description"] = text.Summary,
            ["inLanguage"] = text.Language,
            ["datePublished"] = Date(practice.FirstPublished ?? practice.LastReviewed),
            ["dateModified"] = Date(reviewed),
            // When the practice ran, as an ISO 8601 interval open at its end while it is active.
            ["temporalCoverage"] = practice.StartYear.ToString(CultureInfo.InvariantCulture) + "/" +
                (practice.EndYear?.ToString(CultureInfo.InvariantCulture) ?? ".."),
            ["keywords"] = string.Join(", ", practice.InterventionTypes.Select(t => labels.Value("intervention", t))),
            ["license"] = OpenDataPolicies.ContentLicenceUrl,
            ["author"] = new JsonObject { ["@type"] = "Organization", ["name"] = Citations.Citation.Author },
            ["isPartOf"] = new JsonObject { ["@type"] = "WebSite", ["name"] = Citations.Citation.Container, ["url"] = siteRoot + "/" },
            ["about"] = service,
            ["citation"] = Array(practice.Sources.Select(Source)),
        };
        return article.ToJsonString(Options);
    }

    private static JsonObject Organisation(Organisation organisation)
    {
        var node = new JsonObject
        {
            ["@type"] = organisation.Type switch
            {
                "government" or "justice-agency" => "GovernmentOrganization",
                "ngo" => "NGO",
                _ => "Organization",
            },
            ["name"] = organisation.Name,
        };
        if (organisation.Url is { } url) node["url"] = url;
        return node;
    }

    private static JsonObject Source(SourceReference source)
    {
        var node = new JsonObject { ["@type"] = "CreativeWork", ["name"] = source.Title };
        if (source.Publisher is { } publisher) node["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = publisher };
        if (source.Year is { } year) node["datePublished"] = year.ToString(CultureInfo.InvariantCulture);
        if (source.Url is { } url) node["url"] = url;
        return node;
    }

    private static JsonArray Array(IEnumerable<JsonNode> items) => new([.. items]);

    private static JsonArray Array(IEnumerable<string> items) => new([.. items.Select(i => (JsonNode)JsonValue.Create(i))]);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Search engines cut a headline at 110 characters.
    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)].TrimEnd() + "…";
}
