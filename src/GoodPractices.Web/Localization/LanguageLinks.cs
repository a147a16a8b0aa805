using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace GoodPractices.Web.Localization;

/// <summary>Addresses of the current page in each interface language, for the switcher and hreflang alternates.</summary>
public static class LanguageLinks
{
    /// <summary>The current page under <c>/{language}</c>, or without a prefix when <paramref name="language"/> is null.</summary>
    public static string For(HttpContext context, string? language)
    {
        var root = LanguagePrefixMiddleware.RootPathBase(context);
        var path = context.Request.Path.Value is { Length: > 1 } p ? p : "";
        var prefixed = language is null ? root.Add(path.Length == 0 ? "/" : path) : root.Add("/" + language + path);
        return prefixed.Value + QueryWithoutLanguage(context.Request.Query);
    }

    /// <summary><paramref name="pagePath"/> (a path and query below any language prefix) under <c>/{language}</c>, or unprefixed.</summary>
    public static string ForPagePath(HttpContext context, string? language, string pagePath)
    {
        var root = LanguagePrefixMiddleware.RootPathBase(context);
        return (language is null ? root : root.Add("/" + language)).Value + pagePath;
    }

    /// <summary>
    /// The canonical address of <paramref name="pagePath"/> in <paramref name="language"/>: unprefixed in the default
    /// language, under <c>/{language}</c> otherwise, however the language was asked for (a prefix or <c>?lang=</c>).
    /// </summary>
    public static string Canonical(HttpContext context, string language, string pagePath, string? query = null) =>
        Absolute(context.Request, ForPagePath(context, language == UiLanguages.Default ? null : language, pagePath) + query);

    /// <summary>An absolute address for <paramref name="pathAndQuery"/> on this site.</summary>
    public static string Absolute(HttpRequest request, string pathAndQuery) =>
        UriHelper.BuildAbsolute(request.Scheme, request.Host).TrimEnd('/') + pathAndQuery;

    // ?lang= would contradict the prefix the link adds.
    private static string QueryWithoutLanguage(IQueryCollection query)
    {
        // Pages that do not say what their state is (error pages) keep a plausible query, not an abusive one.
        if (query.Sum(pair => pair.Key.Length + pair.Value.ToString().Length) > 2000) return "";
        var kept = query.Where(pair => !string.Equals(pair.Key, UiLanguages.QueryKey, StringComparison.OrdinalIgnoreCase))
            .SelectMany(pair => pair.Value.Select(value => new KeyValuePair<string, string?>(pair.Key, value)));
        return QueryHelpers.AddQueryString("", kept);
    }
}
