using GoodPractices.Core.Content;
using Microsoft.AspNetCore.Mvc;

namespace GoodPractices.Web.Contribute;

/// <summary>
/// <c>GET /contribute/id?title=…&amp;countries=IT</c>: the id <see cref="PracticeFormat.SuggestId"/> makes, so that the
/// form's script suggests the same id the server would, without a second copy of the rule.
/// </summary>
public static class IdEndpoint
{
    public const string Path = "/contribute/id";

    public static IEndpointRouteBuilder MapContributeId(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, ([FromQuery] string? title, [FromQuery] string[]? countries) =>
                TypedResults.Json(new SuggestedId(PracticeFormat.SuggestId(Bounded(title), countries ?? []) ?? "")))
            .ExcludeFromDescription();
        return endpoints;
    }

    // Only the first words can reach an id of at most 80 characters; a longer title is cut before it is folded.
    private static string? Bounded(string? title) => title is { Length: > 1000 } ? title[..1000] : title;

    public sealed record SuggestedId(string Id);
}
