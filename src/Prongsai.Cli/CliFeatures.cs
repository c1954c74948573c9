using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Prongsai.Core.Publishing;
using Prongsai.Documents;
using Prongsai.Documents.Extraction;

namespace Prongsai.Cli;

/// <summary>Feature services the command line needs beyond Core (each feature adds its line).</summary>
public static class CliFeatures
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        services.AddProngsaiDocuments(configuration);
        services.Replace(ServiceDescriptor.Singleton<IAttachmentTextExtractor, AttachmentTextExtractor>());
    }
}
