using System.Text;
using System.Xml;
using GoodPractices.Search.Contracts;
using GoodPractices.Web.Hosting;
using GoodPractices.Web.Indexing;
using GoodPractices.Web.Localization;
using Microsoft.AspNetCore.Http.Extensions;

namespace GoodPractices.Web.Sitemap;

/// <summary><c>/sitemap.xml</c> and <c>/robots.txt</c>: what search engines should read, and what they should leave alone.</summary>
public static class SitemapEndpoints
{
    public static IEndpointRouteBuilder MapSitemap(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/robots.txt", (HttpContext context) => Results.Text(
            // Search pages are endless combinations of filters; every practice is reachable from the sitemap.
            $"User-agent: *\nDisallow: /search\nDisallow: /errors/\nAllow: /\n\nSitemap: {SiteRoot(context)}/sitemap.xml\n",
            "text/plain", Encoding.UTF8));

        endpoints.MapGet("/sitemap.xml", (HttpContext context, IndexHost host) =>
                host.Current is { } searcher
                    ? Results.Text(Write(SiteRoot(context), searcher), "application/xml", Encoding.UTF8)
                    : Results.StatusCode(StatusCodes.Status503ServiceUnavailable))
            .CacheOutput(CachePolicies.IndexPage);
        return endpoints;
    }

    private static string SiteRoot(HttpContext context) =>
        UriHelper.BuildAbsolute(context.Request.Scheme, context.Request.Host, LanguagePrefixMiddleware.RootPathBase(context)).TrimEnd('/');

    private static string Write(string root, IPracticeSearcher searcher)
    {
        var first = searcher.Search(new SearchRequest { PageSize = SearchRequest.MaxPageSize, Sort = SearchSort.Title });
        var countries = first.FacetValues(FacetDimension.Country.Name);

        var builder = new StringBuilder();
        using (var xml = XmlWriter.Create(builder, new XmlWriterSettings { Indent = true }))
        {
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var path in new[] { "/", "/about", "/browse" }.Concat(FacetDimension.All.Select(d => "/browse/" + d.Name)))
                Url(xml, root + path, null);
            foreach (var country in countries)
                Url(xml, root + "/countries/" + country.Value.ToLowerInvariant(), null);
            var page = first;
            while (true)
            {
                foreach (var hit in page.Hits) Url(xml, root + "/practices/" + hit.Id, hit.LastReviewed);
                if (page.Page >= page.PageCount) break;
                page = searcher.Search(new SearchRequest { PageSize = SearchRequest.MaxPageSize, Sort = SearchSort.Title, Page = page.Page + 1 });
            }
            xml.WriteEndElement();
        }
        // StringBuilder output declares UTF-16; the response is UTF-8.
        return builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static void Url(XmlWriter xml, string location, DateOnly? lastModified)
    {
        xml.WriteStartElement("url");
        xml.WriteElementString("loc", location);
        if (lastModified is { } date) xml.WriteElementString("lastmod", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }
}
