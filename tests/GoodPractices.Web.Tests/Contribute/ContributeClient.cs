using AngleSharp.Dom;
using GoodPractices.Web.Tests.Infrastructure;

namespace GoodPractices.Web.Tests.Contribute;

/// <summary>Fills in the contribute form the way a browser does: fetch the page for its antiforgery token, then post fields.</summary>
public static class ContributeClient
{
    public static async Task<(HttpResponseMessage Response, IDocument Page)> PostAsync(
        HttpClient client, IEnumerable<KeyValuePair<string, string>> fields, string address = "/contribute")
    {
        var (_, _, form) = await Html.GetAsync(client, address);
        var token = form.QuerySelector("#contribute-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        var response = await client.PostAsync(new Uri(address, UriKind.Relative), content);
        return (response, Html.Parse(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>The text of the generated file shown on a page whose entry passed the checks.</summary>
    public static string GeneratedFile(IDocument page) =>
        page.QuerySelector<AngleSharp.Html.Dom.IHtmlTextAreaElement>("textarea#generated-file")?.Value
            ?? throw new Xunit.Sdk.XunitException("No generated file on the page; problems: " +
                string.Join(" | ", page.QuerySelectorAll(".error-summary li").Select(li => li.TextContent.Trim())));
}
