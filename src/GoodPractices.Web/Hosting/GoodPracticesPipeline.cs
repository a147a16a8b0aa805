using GoodPractices.Web.Api;
using GoodPractices.Web.Feeds;
using GoodPractices.Web.Localization;
using GoodPractices.Web.Scaling;
using GoodPractices.Web.Sitemap;
using Microsoft.Extensions.Options;

namespace GoodPractices.Web.Hosting;

/// <summary>The request pipeline and every endpoint of the site.</summary>
public static class GoodPracticesPipeline
{
    public static WebApplication MapGoodPractices(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<GoodPracticesOptions>>().Value;
        // The client's own address and scheme, as a trusted proxy names them, before anything counts or links by them.
        if (options.TrustedProxies.Length > 0) app.UseForwardedHeaders();
        if (PublicAddress.Parse(options.PublicUrl) is { } origin)
        {
            app.UseMiddleware<PublicAddress>(origin);
        }
        else if (!app.Environment.IsDevelopment() && app.Configuration["AllowedHosts"] is null or "" or "*")
        {
            PublicAddress.LogNoPublicUrl(app.Logger);
        }
        // Always the friendly page: exception text belongs in the log, never in front of a reader.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/errors/500",
            // A body that grows past the limit as it arrives is the client's fault, and says so (413), not the site's.
            StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePagesWithReExecute("/errors/{0}");
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.Use(HttpSemantics.BeforeRouting);
        app.UseMiddleware<LanguagePrefixMiddleware>();
        app.UseRequestLocalization();
        app.UseMiddleware<LanguageCookieMiddleware>();
        app.UseRouting();
        app.Use(HttpSemantics.AfterRouting);
        app.UseOpenData();
        app.UseOutputCache();
        app.UseScaling();

        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapHealthChecks("/healthz");
        app.MapSitemap();
        app.MapFeeds();
        return app;
    }
}
