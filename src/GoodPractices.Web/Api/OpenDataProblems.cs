using Microsoft.AspNetCore.Http.HttpResults;

namespace GoodPractices.Web.Api;

/// <summary>The problem details (RFC 9457) the open data endpoints answer with.</summary>
public static class OpenDataProblems
{
    // A problem result rather than NotFound<ProblemDetails>: only it is sent as application/problem+json.
    public static ProblemHttpResult UnknownPractice(HttpContext context, string id) => TypedResults.Problem(
        title: "No such practice",
        detail: $"There is no practice with the id '{Shorten(id)}'. Ids are lower case, like 'pt-dissuasion-commissions'; /api/search lists them.",
        statusCode: StatusCodes.Status404NotFound,
        instance: context.Request.PathBase.Add(context.Request.Path).Value,
        type: "https://tools.ietf.org/html/rfc9110#section-15.5.5");

    public static ProblemHttpResult IndexNotReady() => TypedResults.Problem(
        title: "The index is not ready",
        detail: "No index version is being served yet. Try again in a minute.",
        statusCode: StatusCodes.Status503ServiceUnavailable,
        type: "https://tools.ietf.org/html/rfc9110#section-15.6.4");

    public static ProblemHttpResult NoSuchEndpoint(HttpContext context) => TypedResults.Problem(
        title: "No such endpoint",
        detail: $"Nothing is served at {Shorten(context.Request.Path.Value ?? "")}. The endpoints are listed at /openapi/v1.json and on /developers.",
        statusCode: StatusCodes.Status404NotFound,
        type: "https://tools.ietf.org/html/rfc9110#section-15.5.5");

    // The id is echoed back: keep a pasted novel out of the answer.
    private static string Shorten(string text) => text.Length > 100 ? text[..100] + "…" : text;
}
