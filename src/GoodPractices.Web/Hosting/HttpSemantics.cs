using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GoodPractices.Web.Hosting;

/// <summary>
/// What HTTP asks of every resource, in one place: <c>HEAD</c> answers as <c>GET</c> does, without the body; a method
/// a resource does not take is 405 with <c>Allow</c>; <c>OPTIONS</c> on an address that does not exist is 404; an
/// address longer than the site reads is 414, and a body larger than it takes 413, each with a page that says so.
/// </summary>
public static class HttpSemantics
{
    /// <summary>The longest path and query the site reads; Kestrel is let through a little more, so that it is this page that answers.</summary>
    public const int MaxTargetLength = 64 * 1024;

    /// <summary>Kestrel's own limit on the request line: beyond it Kestrel answers a bare 414 before the site sees anything.</summary>
    public const int KestrelRequestLineLimit = 256 * 1024;

    /// <summary>
    /// The largest request body the site takes: the contribute form with a practice file at the reader's own limit
    /// (1 MB) and room to spare. Kestrel refuses longer bodies as they arrive; a declared length over it is refused at once.
    /// </summary>
    public const long MaxRequestBodyBytes = 2 * 1024 * 1024;

    private static readonly string[] PageMethods = [HttpMethods.Get, HttpMethods.Head];
    private static readonly string[] FormPageMethods = [HttpMethods.Get, HttpMethods.Head, HttpMethods.Post];

    private const string MethodItem = "gp-method";

    /// <summary>
    /// Before routing: <c>HEAD</c> is run as <c>GET</c> with the body thrown away; over-long addresses and bodies stop
    /// here; any other method is routed as <c>GET</c> would be, so that <see cref="AfterRouting"/> learns whether the
    /// address exists at all before it decides between 404 and 405.
    /// </summary>
    public static async Task BeforeRouting(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        var reExecuted = context.Features.Get<IStatusCodeReExecuteFeature>() is not null;
        if (!reExecuted && request.Path.Value?.Length + request.QueryString.Value?.Length > MaxTargetLength)
        {
            context.Response.StatusCode = StatusCodes.Status414UriTooLong;
            return;
        }
        if (!reExecuted && (request.ContentLength > MaxRequestBodyBytes || !await BodyFitsAsync(request).ConfigureAwait(false)))
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }
        if (HttpMethods.IsGet(request.Method) || (reExecuted && !HttpMethods.IsHead(request.Method)))
        {
            await next(context).ConfigureAwait(false);
            return;
        }
        if (!HttpMethods.IsHead(request.Method))
        {
            context.Items[MethodItem] = request.Method;
            request.Method = HttpMethods.Get;
            await next(context).ConfigureAwait(false);
            return;
        }
        // Every endpoint that answers GET answers HEAD with the same status and headers. The server itself knows the
        // request was HEAD and sends no body; the stream below makes sure nothing else does either.
        request.Method = HttpMethods.Get;
        var body = context.Response.Body;
        context.Response.Body = Stream.Null;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            context.Response.Body = body;
            request.Method = HttpMethods.Head;
        }
    }

    // A body sent without its length (chunked) is read here, into a buffer no larger than the limit, so that one too
    // large is 413 with its page: read later by the form's antiforgery check, it would be a bare "bad request".
    private static async Task<bool> BodyFitsAsync(HttpRequest request)
    {
        if (request.ContentLength is not null || HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) return true;
        request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: MaxRequestBodyBytes);
        try
        {
            await request.Body.CopyToAsync(Stream.Null, request.HttpContext.RequestAborted).ConfigureAwait(false);
        }
        catch (IOException)
        {
            // Kestrel's own limit (BadHttpRequestException) or the buffer's: either way, more than the site takes.
            return false;
        }
        request.Body.Position = 0;
        return true;
    }

    /// <summary>After routing: the request gets its own method back, and one the resource does not take is refused.</summary>
    public static Task AfterRouting(HttpContext context, RequestDelegate next)
    {
        if (context.Items[MethodItem] is not string method) return next(context);
        context.Items.Remove(MethodItem);
        context.Request.Method = method;
        var endpoint = context.GetEndpoint();
        if (endpoint is null)
        {
            // A form posted to an address that does not exist reaches the "not found" page; anything else gets the status alone.
            return HttpMethods.IsPost(method) ? next(context) : Refuse(context, StatusCodes.Status404NotFound, allow: null);
        }
        var allowed = AllowedMethods(endpoint);
        if (allowed.Contains(method, StringComparer.OrdinalIgnoreCase)) return next(context);
        if (HttpMethods.IsOptions(method))
        {
            // A browser asking whether a page elsewhere may read this is answered by the CORS policy of the endpoint.
            if (context.Request.Headers.Origin.Count > 0 && context.Request.Headers.AccessControlRequestMethod.Count > 0) return next(context);
            context.Response.Headers.Allow = string.Join(", ", allowed);
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        }
        return Refuse(context, StatusCodes.Status405MethodNotAllowed, allowed);
    }

    private static string[] AllowedMethods(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null)
        {
            return HasPostHandler(endpoint) ? FormPageMethods : PageMethods;
        }
        // Endpoints mapped for GET also answer HEAD (see BeforeRouting); one mapped without a method answers reading only.
        var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [HttpMethods.Get];
        return methods.Contains(HttpMethods.Get) ? [.. methods.Append(HttpMethods.Head).Distinct()] : [.. methods];
    }

    // The error page is for readers following links; a method no browser sends gets the status alone.
    private static Task Refuse(HttpContext context, int status, string[]? allow)
    {
        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
        if (allow is not null) context.Response.Headers.Allow = string.Join(", ", allow);
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    private static bool HasPostHandler(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>() is { } compiled
            ? compiled.HandlerMethods.Any(h => string.Equals(h.HttpMethod, HttpMethods.Post, StringComparison.OrdinalIgnoreCase))
            : false;
}
