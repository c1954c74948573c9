using Prongsai.Documents;

namespace Prongsai.Web.Infrastructure;

/// <summary>Feature services of the web app (each feature adds its own line here).</summary>
public static class FeatureServices
{
    public static IServiceCollection AddProngsaiFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddProngsaiDocuments(configuration);
        return services;
    }
}
