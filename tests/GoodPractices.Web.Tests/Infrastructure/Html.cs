using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace GoodPractices.Web.Tests.Infrastructure;

/// <summary>Reads pages the way a reader's browser would, to assert on what is shown rather than on markup strings.</summary>
public static class Html
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static async Task<(HttpResponseMessage Response, string Body, IDocument Document)> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        return (response, body, Parse(body));
    }

    /// <summary>The practice ids in the result list, in order.</summary>
    public static IReadOnlyList<string> ResultIds(IDocument document) =>
        document.QuerySelectorAll("ol.results li.result h2 a")
            .Select(a => a.GetAttribute("href")!.Split('/').Last().Split('?')[0])
            .ToList();

    /// <summary>The facet link whose label (without its count) is <paramref name="label"/>.</summary>
    public static IElement FacetLink(IDocument document, string label) =>
        document.QuerySelectorAll(".facet a.facet-value").Single(a => FacetLabel(a) == label);

    public static string FacetLabel(IElement link) =>
        string.Concat(link.ChildNodes.OfType<IText>().Select(t => t.TextContent)).Trim();

    /// <summary>The query parameters of a link, as (key, value) pairs in order.</summary>
    public static IReadOnlyList<(string Key, string Value)> QueryOf(string href)
    {
        var query = href.Contains('?', StringComparison.Ordinal) ? href[(href.IndexOf('?', StringComparison.Ordinal) + 1)..] : "";
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query)
            .SelectMany(pair => pair.Value.Select(value => (pair.Key, value ?? "")))
            .ToList();
    }
}
