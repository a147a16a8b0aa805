using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GoodPractices.Web.Hosting;

/// <summary>
/// What HTTP asks of every resource, in one place: <c>HEAD</c> answers as <c>GET</c> does, without the body; a method
/// a resource does not take is 405 with <c>Allow</c>; <c>OPTIONS</c> on an address that does not exist is 404; an
/// address longer than the site reads is 414 with a page that says so.
/// </summary>
public static class HttpSemantics
{
    /// <summary>The longest path and query the site reads; Kestrel is let through a little more, so that it is this page that answers.</summary>
    public const int MaxTargetLength = 64 * 1024;

    /// <summary>Kestrel's own limit on the request line: beyond it Kestrel answers a bare 414 before the site sees anything.</summary>
    public const int KestrelRequestLineLimit = 256 * 1024;

    private static readonly string[] PageMethods = [HttpMethods.Get, HttpMethods.Head];
    private static readonly string[] FormPageMethods = [HttpMethods.Get, HttpMethods.Head, HttpMethods.Post];

    /// <summary>Before routing: <c>HEAD</c> is run as <c>GET</c> with the body thrown away, and over-long addresses stop here.</summary>
    public static async Task BeforeRouting(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (request.Path.Value?.Length + request.QueryString.Value?.Length > MaxTargetLength)
        {
            context.Response.StatusCode = StatusCodes.Status414UriTooLong;
            return;
        }
        if (!HttpMethods.IsHead(request.Method))
        {
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

    /// <summary>After routing: methods a page or an unknown address does not take are refused before anything runs.</summary>
    public static Task AfterRouting(HttpContext context, RequestDelegate next)
    {
        var method = context.Request.Method;
        var endpoint = context.GetEndpoint();
        if (endpoint is null)
        {
            // GET and POST reach the "not found" page; anything else to an address that does not exist is a bare 404.
            if (HttpMethods.IsGet(method) || HttpMethods.IsPost(method)) return next(context);
            return Refuse(context, StatusCodes.Status404NotFound, allow: null);
        }
        if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is null) return next(context);
        var allowed = HasPostHandler(endpoint) ? FormPageMethods : PageMethods;
        if (allowed.Contains(method, StringComparer.OrdinalIgnoreCase)) return next(context);
        if (HttpMethods.IsOptions(method))
        {
            context.Response.Headers.Allow = string.Join(", ", allowed);
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        }
        return Refuse(context, StatusCodes.Status405MethodNotAllowed, allowed);
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
