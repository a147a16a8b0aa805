using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GoodPractices.Web.Contribute;

/// <summary>Registers the contribute form.</summary>
public static class ContributeServices
{
    public static IServiceCollection AddContribute(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ContributionCheck>();
        return services;
    }
}
