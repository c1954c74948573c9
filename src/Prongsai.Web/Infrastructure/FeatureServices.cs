namespace Prongsai.Web.Infrastructure;

/// <summary>Feature services of the web app (each feature adds its own line here).</summary>
public static class FeatureServices
{
    public static IServiceCollection AddProngsaiFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        return services;
    }
}
