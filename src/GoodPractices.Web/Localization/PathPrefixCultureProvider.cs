using Microsoft.AspNetCore.Localization;

namespace GoodPractices.Web.Localization;

/// <summary>Takes the interface language from a <c>/fr/...</c> prefix (see <see cref="LanguagePrefixMiddleware"/>).</summary>
public sealed class PathPrefixCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        Task.FromResult(httpContext.Items.TryGetValue(LanguagePrefixMiddleware.PrefixItem, out var code) && code is string language
            ? new ProviderCultureResult(language)
            : null);
}
