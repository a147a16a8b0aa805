using System.Globalization;
using System.Text;
using System.Xml;
using GoodPractices.Search.Contracts;
using GoodPractices.Web.Hosting;
using GoodPractices.Web.Indexing;
using GoodPractices.Web.Localization;
using Microsoft.AspNetCore.Http.Extensions;

namespace GoodPractices.Web.Feeds;

/// <summary>
/// <c>/feed.xml</c>: an Atom feed of the practices reviewed most recently, so that a reader can follow new and
/// updated entries in any feed reader, in the interface language of the address it was subscribed from.
/// </summary>
public static class FeedEndpoints
{
    public const int EntryCount = 20;

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/feed.xml", (HttpContext context, IndexHost host) =>
                host.Current is { } searcher
                    ? Results.Text(Write(context, searcher), "application/atom+xml", Encoding.UTF8)
                    : Results.StatusCode(StatusCodes.Status503ServiceUnavailable))
            .CacheOutput(CachePolicies.IndexPage);
        return endpoints;
    }

    private static string Write(HttpContext context, IPracticeSearcher searcher)
    {
        var language = UiLanguages.Of(context);
        var site = UriHelper.BuildAbsolute(context.Request.Scheme, context.Request.Host, context.Request.PathBase).TrimEnd('/');
        var recent = searcher.Search(new SearchRequest { Sort = SearchSort.Reviewed, PageSize = EntryCount, DisplayLanguage = language });
        var updated = recent.Hits.Count > 0 ? recent.Hits.Max(h => h.LastReviewed) : DateOnly.FromDateTime(DateTime.UtcNow);

        var builder = new StringBuilder();
        using (var xml = XmlWriter.Create(builder, new XmlWriterSettings { Indent = true }))
        {
            const string atom = "http://www.w3.org/2005/Atom";
            xml.WriteStartElement("feed", atom);
            xml.WriteAttributeString("xml", "lang", null, language);
            xml.WriteElementString("title", atom, "GoodPractices");
            xml.WriteElementString("subtitle", atom, "Good practices for working with people who use drugs, inside and outside prisons");
            xml.WriteElementString("id", atom, site + "/feed.xml");
            xml.WriteElementString("updated", atom, Timestamp(updated));
            Link(xml, atom, "self", site + "/feed.xml");
            Link(xml, atom, "alternate", site + "/");
            xml.WriteElementString("rights", atom, "CC BY 4.0");
            foreach (var hit in recent.Hits)
            {
                xml.WriteStartElement("entry", atom);
                xml.WriteAttributeString("xml", "lang", null, hit.Language);
                xml.WriteElementString("title", atom, hit.Title);
                xml.WriteElementString("id", atom, site + "/practices/" + hit.Id);
                xml.WriteElementString("updated", atom, Timestamp(hit.LastReviewed));
                Link(xml, atom, "alternate", site + "/practices/" + hit.Id);
                xml.WriteStartElement("author", atom);
                xml.WriteElementString("name", atom, "GoodPractices");
                xml.WriteEndElement();
                xml.WriteElementString("summary", atom, hit.Summary);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static void Link(XmlWriter xml, string ns, string rel, string href)
    {
        xml.WriteStartElement("link", ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    // DateOnly refuses time fields in its format string; an entry is reviewed on a day, so midnight UTC it is.
    private static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
