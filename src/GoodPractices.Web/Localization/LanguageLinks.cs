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

    /// <summary>An absolute address for <paramref name="pathAndQuery"/> on this site.</summary>
    public static string Absolute(HttpRequest request, string pathAndQuery) =>
        UriHelper.BuildAbsolute(request.Scheme, request.Host) .TrimEnd('/') + pathAndQuery;

    // ?lang= would contradict the prefix the link adds.
    private static string QueryWithoutLanguage(IQueryCollection query)
    {
        var kept = query.Where(pair => !string.Equals(pair.Key, UiLanguages.QueryKey, StringComparison.OrdinalIgnoreCase))
            .SelectMany(pair => pair.Value.Select(value => new KeyValuePair<string, string?>(pair.Key, value)));
        return QueryHelpers.AddQueryString("", kept);
    }
}
