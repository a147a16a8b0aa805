namespace GoodPractices.Web.Localization;

/// <summary>
/// Serves <c>/fr/search</c> as <c>/search</c> in French by moving the prefix into the path base: routing then
/// sees one set of routes, and every link the pages generate keeps the prefix without knowing about it.
/// </summary>
public sealed class LanguagePrefixMiddleware(RequestDelegate next)
{
    /// <summary>HttpContext.Items key of the language named by the prefix.</summary>
    public const string PrefixItem = "gp-lang-prefix";

    /// <summary>HttpContext.Items key of the path base before the prefix, for links to other languages.</summary>
    public const string RootPathBaseItem = "gp-root-path-base";

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        context.Items[RootPathBaseItem] = request.PathBase;
        var path = request.Path.Value ?? "";
        if (path.Length >= 3 && path[0] == '/' && (path.Length == 3 || path[3] == '/'))
        {
            var code = path.Substring(1, 2);
            if (UiLanguages.IsSupported(code))
            {
                context.Items[PrefixItem] = code;
                request.PathBase = request.PathBase.Add("/" + code);
                request.Path = path.Length == 3 ? "/" : path[3..];
            }
        }
        return next(context);
    }

    /// <summary>The path base of the site itself, without a language prefix.</summary>
    public static PathString RootPathBase(HttpContext context) =>
        context.Items.TryGetValue(RootPathBaseItem, out var value) && value is PathString root ? root : context.Request.PathBase;
}
