namespace GoodPractices.Web.Hosting;

/// <summary>
/// Makes <c>GoodPractices:PublicUrl</c> the origin of every absolute link the site writes (canonical links, sitemap,
/// robots.txt, feeds, API links, exports, citations, the OpenAPI server): the request is given that scheme and host
/// before anything reads them, so the <c>Host</c> header a client sent never appears in an answer.
/// </summary>
public sealed partial class PublicAddress(RequestDelegate next, Uri origin)
{
    private readonly HostString _host = new(origin.IsDefaultPort ? origin.Host : $"{origin.Host}:{origin.Port}");
    private readonly string _scheme = origin.Scheme;

    public Task InvokeAsync(HttpContext context)
    {
        context.Request.Scheme = _scheme;
        context.Request.Host = _host;
        return next(context);
    }

    /// <summary>The origin of <paramref name="publicUrl"/>, or null when it is empty; an address that is not one is a start-up error.</summary>
    public static Uri? Parse(string? publicUrl)
    {
        if (string.IsNullOrWhiteSpace(publicUrl)) return null;
        if (!Uri.TryCreate(publicUrl.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.AbsolutePath != "/"
            || uri.Query.Length > 0)
        {
            throw new InvalidOperationException(
                $"GoodPractices:PublicUrl must be the site's origin, such as https://goodpractices.example.org, not '{publicUrl}'.");
        }
        return uri;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "GoodPractices:PublicUrl is not set, so absolute links (canonical, sitemap, feeds, " +
        "API, exports, citations) take their host from each request's Host header. Set it to the site's address, or restrict AllowedHosts.")]
    public static partial void LogNoPublicUrl(ILogger logger);
}
