using GoodPractices.Web.Api;
using GoodPractices.Web.Feeds;
using GoodPractices.Web.Localization;
using GoodPractices.Web.Scaling;
using GoodPractices.Web.Sitemap;

namespace GoodPractices.Web.Hosting;

/// <summary>The request pipeline and every endpoint of the site.</summary>
public static class GoodPracticesPipeline
{
    public static WebApplication MapGoodPractices(this WebApplication app)
    {
        // Always the friendly page: exception text belongs in the log, never in front of a reader.
        app.UseExceptionHandler("/errors/500");
        app.UseStatusCodePagesWithReExecute("/errors/{0}");
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<LanguagePrefixMiddleware>();
        app.UseRequestLocalization();
        app.UseMiddleware<LanguageCookieMiddleware>();
        app.UseRouting();
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
