using GoodPractices.Web.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GoodPractices.Web.Contribute;

/// <summary>Registers the contribute form and the live preview of draft errors.</summary>
public static class ContributeServices
{
    public static IServiceCollection AddContribute(this IServiceCollection services)
    {
        services.AddOptions<DraftErrorOptions>().BindConfiguration(GoodPracticesOptions.SectionName);
        services.AddSingleton<DraftDiagnostics>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ContributionCheck>();
        return services;
    }
}
