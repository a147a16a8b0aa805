using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using GoodPractices.Search.Contracts;
using GoodPractices.Web.Api;
using GoodPractices.Web.Localization;
using GoodPractices.Web.Search;
using GoodPractices.Web.Taxonomy;
using Microsoft.Extensions.Localization;

namespace GoodPractices.Web.Feeds;

/// <summary>A search as an Atom feed: its most recently reviewed matches, newest first, so a reader learns what is new or updated.</summary>
public static class SearchFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    public static byte[] Write(HttpContext context, IPracticeSearcher searcher, SearchInput input, int entries, IStringLocalizer<Ui> text)
    {
        var query = input.Query with { Sort = SearchSort.Relevance, Page = 1 };
        var results = searcher.Search(query.ToRequest(input.Language) with { Sort = SearchSort.Reviewed, PageSize = Math.Clamp(entries, 1, SearchRequest.MaxPageSize) });
        var labels = new TaxonomyLabels(searcher.Taxonomy, input.Language, text);
        var root = SiteLinks.Root(context);
        // A feed in French is another feed than the English one: its id, its self link and its entries' links are French addresses.
        var local = SiteLinks.InLanguage(context, input.Language);
        var self = local + context.Request.Path.Value + SearchUrls.QueryString(query);
        var newest = results.Hits.Count > 0 ? OpenDataIndex.ToInstant(results.Hits.Max(h => h.LastReviewed)) : OpenDataIndex.BuiltAt(searcher.Version) ?? DateTimeOffset.UnixEpoch;

        var feed = new SyndicationFeed
        {
            // The feed's address is its identity: the same search is the same feed, in whatever order its parameters came.
            Id = self,
            Title = new TextSyndicationContent(SearchFeedTitle.For(query, labels, text)),
            Description = new TextSyndicationContent(text["Good practices for working with people who use drugs in contact with the justice system, most recently reviewed first."]),
            LastUpdatedTime = newest,
            Language = input.Language,
            Copyright = new TextSyndicationContent(text["Content published under the Creative Commons Attribution 4.0 licence (CC BY 4.0)."]),
            Generator = "GoodPractices",
        };
        feed.Authors.Add(new SyndicationPerson { Name = "GoodPractices", Uri = root + "/" });
        feed.Links.Add(new SyndicationLink(new Uri(self)) { RelationshipType = "self", MediaType = "application/atom+xml" });
        feed.Links.Add(new SyndicationLink(new Uri(local + SearchUrls.For(PathString.Empty, query))) { RelationshipType = "alternate", MediaType = "text/html" });
        feed.Items = results.Hits.Select(hit => Entry(hit, root, local, labels)).ToList();

        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            feed.GetAtom10Formatter().WriteTo(xml);
        }
        return buffer.ToArray();
    }

    private static SyndicationItem Entry(SearchHit hit, string root, string local, TaxonomyLabels labels)
    {
        // The entry id is the address of the practice in the feed's language: the same in every feed of that language.
        var item = new SyndicationItem
        {
            Id = local + "/practices/" + hit.Id,
            Title = new TextSyndicationContent(hit.Title),
            Summary = new TextSyndicationContent(hit.Summary),
            LastUpdatedTime = OpenDataIndex.ToInstant(hit.LastReviewed),
        };
        item.Links.Add(new SyndicationLink(new Uri(local + "/practices/" + hit.Id)) { RelationshipType = "alternate", MediaType = "text/html" });
        // A category's scheme is an IRI: the browse page that lists every value of the dimension.
        foreach (var country in hit.Countries) item.Categories.Add(new SyndicationCategory(country, root + "/browse/country", labels.Country(country)));
        foreach (var type in hit.InterventionTypes)
            item.Categories.Add(new SyndicationCategory(type, root + "/browse/intervention", labels.Value("intervention", type)));
        return item;
    }
}
