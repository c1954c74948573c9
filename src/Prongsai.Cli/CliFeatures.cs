using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Documents;

namespace Prongsai.Cli;

/// <summary>Feature services the command line needs beyond Core (each feature adds its line).</summary>
public static class CliFeatures
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        services.AddProngsaiDocuments(configuration);
    }
}
