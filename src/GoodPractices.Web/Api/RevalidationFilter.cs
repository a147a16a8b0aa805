using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GoodPractices.Web.Localization;
using Microsoft.Net.Http.Headers;

namespace GoodPractices.Web.Api;

/// <summary>
/// Gives a successful answer an ETag and a Last-Modified date and answers a client that already has it with 304.
/// The ETag is derived from the index version and the request (path, query, language), never from the body, so a
/// streamed export can be revalidated without being produced. Last-Modified is the index build time unless the
/// handler named a better date, such as a practice's review date.
/// </summary>
public sealed class RevalidationFilter(bool variesDaily) : IEndpointFilter
{
    private static readonly TimeSpan ClientMaxAge = TimeSpan.FromMinutes(5);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context).ConfigureAwait(false);
        var http = context.HttpContext;
        if (!IsSuccess(result) || OpenDataIndex.Held(http) is not { } searcher) return result;

        var etag = new EntityTagHeaderValue(ETagOf(http, searcher.Version));
        var lastModified = Truncate(OpenDataIndex.LastModified(http) ?? OpenDataIndex.BuiltAt(searcher.Version) ?? DateTimeOffset.UnixEpoch);
        var headers = http.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.LastModified = lastModified;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = ClientMaxAge };

        return IsNotModified(http.Request, etag, lastModified) ? TypedResults.StatusCode(StatusCodes.Status304NotModified) : result;
    }

    private static bool IsSuccess(object? result)
    {
        while (result is INestedHttpResult nested) result = nested.Result;
        // Streamed results carry no status code: they are 200 unless they fail half way.
        return result is not IStatusCodeHttpResult { StatusCode: { } code } || code == StatusCodes.Status200OK;
    }

    // RFC 9110 13.2.2: If-None-Match wins; If-Modified-Since is looked at only without it.
    private static bool IsNotModified(HttpRequest request, EntityTagHeaderValue etag, DateTimeOffset lastModified)
    {
        var conditions = request.GetTypedHeaders();
        if (conditions.IfNoneMatch is { Count: > 0 } candidates)
            return candidates.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(etag, useStrongComparison: false));
        return conditions.IfModifiedSince is { } since && lastModified <= since;
    }

    private string ETagOf(HttpContext http, string version)
    {
        var request = http.Request;
        var key = string.Join('\n', version, UiLanguages.Of(http), request.PathBase.Value, request.Path.Value, request.QueryString.Value,
            variesDaily ? DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return "\"" + Convert.ToHexStringLower(hash.AsSpan(0, 16)) + "\"";
    }

    // HTTP dates have whole seconds; a fraction would make every If-Modified-Since look older than the resource.
    private static DateTimeOffset Truncate(DateTimeOffset time) => new(time.Ticks - time.Ticks % TimeSpan.TicksPerSecond, time.Offset);
}
