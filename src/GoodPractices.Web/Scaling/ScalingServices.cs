using GoodPractices.Web.Health;
using GoodPractices.Web.Indexing;
using GoodPractices.Web.Metrics;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace GoodPractices.Web.Scaling;

/// <summary>What lets several replicas serve the site: health checks always; Redis and metrics when configured.</summary>
public static class ScalingServices
{
    private const string DataProtectionKeys = "goodpractices:data-protection-keys";

    /// <summary>Call after the output cache and the rate limiter are registered: this wraps the output cache store.</summary>
    public static WebApplicationBuilder AddScaling(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var options = builder.Configuration.GetSection(ScalingOptions.SectionName).Get<ScalingOptions>() ?? new ScalingOptions();
        services.AddOptions<ScalingOptions>().BindConfiguration(ScalingOptions.SectionName);
        services.AddSingleton<SiteMetrics>();
        services.AddSingleton<IndexFreshnessHealthCheck>();
        var health = services.AddHealthChecks()
            .AddCheck<IndexFreshnessHealthCheck>("index-freshness", failureStatus: HealthStatus.Degraded);

        if (options.UsesRedis)
        {
            services.AddSingleton<RedisConnection>();
            // The outage is logged once by the connection; a probe every few seconds must not log it again each time.
            builder.Logging.AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService", LogLevel.Error);
            health.AddRedis(provider => provider.GetRequiredService<RedisConnection>().Multiplexer, "redis",
                failureStatus: HealthStatus.Degraded, timeout: TimeSpan.FromSeconds(2));
            ShareOutputCache(services);
            // The contribution form's antiforgery token is written by one replica and read by whichever gets the post.
            services.AddDataProtection().SetApplicationName("GoodPractices");
            services.AddOptions<KeyManagementOptions>().Configure<RedisConnection>((keys, connection) =>
                keys.XmlRepository = new RedisXmlRepository(() => connection.Multiplexer.GetDatabase(), DataProtectionKeys));
        }
        else if (options.Metrics)
        {
            CountCacheLookups(services);
        }

        if (options.Metrics)
        {
            services.AddOpenTelemetry()
                .ConfigureResource(resource => resource.AddService("goodpractices-web"))
                .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddMeter(SiteMetrics.MeterName)
                .AddPrometheusExporter());
        }
        return builder;
    }

    private static void ShareOutputCache(IServiceCollection services)
    {
        var memory = services.LastOrDefault(d => d.ServiceType == typeof(IOutputCacheStore))
            ?? throw new InvalidOperationException("Register the output cache before AddScaling.");
        services.AddStackExchangeRedisOutputCache(redis => redis.InstanceName = "goodpractices:");
        services.AddOptions<RedisOutputCacheOptions>().Configure<RedisConnection>((redis, connection) =>
            redis.ConnectionMultiplexerFactory = () => Task.FromResult(connection.Multiplexer));
        var shared = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.RemoveAll<IOutputCacheStore>();
        services.AddSingleton<IOutputCacheStore>(provider => new SharedOutputCacheStore(Create(provider, shared), Create(provider, memory),
            provider.GetRequiredService<RedisConnection>(), provider.GetRequiredService<SiteMetrics>(), ServedVersion(provider)));
    }

    private static void CountCacheLookups(IServiceCollection services)
    {
        var memory = services.LastOrDefault(d => d.ServiceType == typeof(IOutputCacheStore))
            ?? throw new InvalidOperationException("Register the output cache before AddScaling.");
        services.RemoveAll<IOutputCacheStore>();
        services.AddSingleton<IOutputCacheStore>(provider =>
            new SharedOutputCacheStore(null, Create(provider, memory), null, provider.GetRequiredService<SiteMetrics>(), ServedVersion(provider)));
    }

    // The index host needs the output cache store to be built first: ask it for the version only when evicting.
    private static Func<string?> ServedVersion(IServiceProvider provider) => () => provider.GetRequiredService<IndexHost>().Version;

    private static IOutputCacheStore Create(IServiceProvider provider, ServiceDescriptor descriptor) => (IOutputCacheStore)(
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));
}
