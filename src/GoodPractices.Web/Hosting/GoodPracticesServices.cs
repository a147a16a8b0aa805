using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using GoodPractices.Core.Rendering;
using GoodPractices.Web.Api;
using GoodPractices.Web.Indexing;
using GoodPractices.Web.Localization;
using GoodPractices.Web.Scaling;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

namespace GoodPractices.Web.Hosting;

/// <summary>Everything the site registers, in one place.</summary>
public static class GoodPracticesServices
{
    public static WebApplicationBuilder AddGoodPractices(this WebApplicationBuilder builder)
    {
        // A build that was not published keeps its compressed CSS and script beside the build output; without this,
        // running it outside Development serves them empty. A published site has no such manifest, and this does nothing.
        builder.WebHost.UseStaticWebAssets();
        var services = builder.Services;
        services.AddOptions<GoodPracticesOptions>()
            .BindConfiguration(GoodPracticesOptions.SectionName)
            .PostConfigure<IHostEnvironment>((options, environment) =>
            {
                if (string.IsNullOrWhiteSpace(options.PracticesPath))
                    options.PracticesPath = RepositoryLocator.FindPractices(environment.ContentRootPath);
                options.RepositoryUrl = options.RepositoryUrl.TrimEnd('/');
            });

        Contribute.ContributeServices.AddContribute(services);
        services.AddHttpContextAccessor();
        services.AddSingleton<IndexHost>();
        services.AddHostedService(provider => provider.GetRequiredService<IndexHost>());
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<PageWarmUp>();
        services.AddHostedService(provider => provider.GetRequiredService<PageWarmUp>());
        services.AddHealthChecks().AddCheck<IndexHealthCheck>("index").AddCheck<PageWarmUp>("pages");

        services.AddOutputCache(CachePolicies.Add);
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(ConfigureLocalization);
        services.Configure<RouteOptions>(options => options.LowercaseUrls = true);
        services.AddRazorPages();
        // Pages are in five languages: write é and č as themselves, not as &#xE9; (which triples a Czech page's size).
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddOpenData();

        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<GoodPracticesOptions>>(TrustProxies);

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // A long query is answered with a page that says it was shortened, and a longer address with a page that
            // says it is too long (see HttpSemantics), not with Kestrel's bare 414.
            kestrel.Limits.MaxRequestLineSize = HttpSemantics.KestrelRequestLineLimit;
            kestrel.Limits.MaxRequestBodySize = HttpSemantics.MaxRequestBodyBytes;
            // Which server software answers is nobody's business.
            kestrel.AddServerHeader = false;
        });
        builder.AddScaling();
        return builder;
    }

    // Only the configured proxies are believed: a client cannot name its own address in X-Forwarded-For to escape a limit.
    private static void TrustProxies(ForwardedHeadersOptions forwarded, IOptions<GoodPracticesOptions> options)
    {
        var trusted = options.Value.TrustedProxies;
        if (trusted.Length == 0) return;
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (var entry in trusted.Select(t => t.Trim()).Where(t => t.Length > 0))
        {
            if (entry.Contains('/', StringComparison.Ordinal)) forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(entry));
            else forwarded.KnownProxies.Add(System.Net.IPAddress.Parse(entry));
        }
    }

    private static void ConfigureLocalization(RequestLocalizationOptions options)
    {
        var cultures = UiLanguages.All.Select(code => new CultureInfo(code)).ToList();
        options.DefaultRequestCulture = new RequestCulture(UiLanguages.Default);
        options.SupportedCultures = cultures;
        options.SupportedUICultures = cultures;
        // Only the address decides the language (prefix, then ?lang=), so a shared link reads the same for everyone;
        // the remembered and the browser's languages only steer the home page and the banner (LanguageBanner).
        options.RequestCultureProviders =
        [
            new PathPrefixCultureProvider(),
            new QueryStringRequestCultureProvider { QueryStringKey = UiLanguages.QueryKey, UIQueryStringKey = UiLanguages.QueryKey },
        ];
    }
}
