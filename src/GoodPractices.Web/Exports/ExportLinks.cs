using GoodPractices.Web.Search;

namespace GoodPractices.Web.Exports;

/// <summary>Addresses of a search's downloads: every match, so without a page.</summary>
public static class ExportLinks
{
    public static string Csv(PathString pathBase, SearchQuery query) => pathBase.Add("/export.csv").Value + SearchUrls.QueryString(query with { Page = 1 });

    public static string JsonLines(PathString pathBase, SearchQuery query) => pathBase.Add("/export.jsonl").Value + SearchUrls.QueryString(query with { Page = 1 });
}
