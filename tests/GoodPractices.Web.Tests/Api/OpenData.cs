using System.Text.Json;

namespace GoodPractices.Web.Tests.Api;

/// <summary>Reads open data answers as a client would: JSON documents, and every hit of a search through the API's paging.</summary>
public static class OpenData
{
    public static async Task<(HttpResponseMessage Response, JsonElement Json)> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(body);
        return (response, document.RootElement.Clone());
    }

    /// <summary>The ids of every hit of a search, page after page, in order, and the search's total.</summary>
    public static async Task<(IReadOnlyList<string> Ids, int TotalHits)> AllIdsAsync(HttpClient client, string queryString)
    {
        var ids = new List<string>();
        var separator = queryString.Length == 0 ? "?" : "&";
        var page = 1;
        while (true)
        {
            var (_, json) = await GetJsonAsync(client, $"/api/search{queryString}{separator}pageSize=2&page={page}");
            ids.AddRange(json.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!));
            if (page >= json.GetProperty("pageCount").GetInt32()) return (ids, json.GetProperty("totalHits").GetInt32());
            page++;
        }
    }

    public static IReadOnlyList<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();
}
