using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using GoodPractices.Web.Scaling;
using Microsoft.Extensions.Options;

namespace GoodPractices.Web.Api;

/// <summary>Registers what the API, exports, feeds and citations need.</summary>
public static class OpenDataServices
{
    public static IServiceCollection AddOpenData(this IServiceCollection services)
    {
        services.AddOptions<OpenDataOptions>().BindConfiguration(OpenDataOptions.SectionName);
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            // Every property the OpenAPI description lists is written, null or not, so that a strict generated client
            // finds each required property; numbers are numbers, never strings, in both directions.
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        services.AddOpenApi(OpenApiDocumentation.DocumentName, OpenApiDocumentation.Configure);

        // Open data is for anyone's page or notebook to read: any origin, reading only.
        services.AddCors(cors => cors.AddPolicy(OpenDataPolicies.Cors, policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head)
            .WithExposedHeaders("ETag", "Last-Modified", "Retry-After", "Content-Disposition", "X-Total-Count", "X-Index-Version")));

        services.AddRateLimiter(limiter =>
        {
            // Keyed on the client's address: behind a proxy, the one a trusted proxy names (see TrustedProxies).
            limiter.AddPolicy(OpenDataPolicies.RateLimit, context => PerClient(context, OpenDataPolicies.RateLimit, o => o.RateLimitPermits));
            limiter.AddPolicy(OpenDataPolicies.CorpusRateLimit, context => PerClient(context, OpenDataPolicies.CorpusRateLimit, o => o.CorpusDownloadPermits));
            limiter.OnRejected = RateLimitRejection.WriteAsync;
        });
        return services;
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, string policy, Func<OpenDataOptions, int> permits)
    {
        var options = context.RequestServices.GetRequiredService<IOptionsMonitor<OpenDataOptions>>().CurrentValue;
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return SharedRateLimits.FixedWindow(context, policy + " " + client, new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits(options)),
            Window = options.RateLimitWindow > TimeSpan.Zero ? options.RateLimitWindow : TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }
}
