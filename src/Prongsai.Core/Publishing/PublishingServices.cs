using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Prongsai.Core.Demo;
using Prongsai.Core.Ledger;
using Prongsai.Core.Search;

namespace Prongsai.Core.Publishing;

/// <summary>Publishing, search and ledger use cases (called from AddProngsaiCore).</summary>
public static class PublishingServices
{
    public static IServiceCollection AddProngsaiPublishing(this IServiceCollection services)
    {
        services.AddOptions<UploadOptions>().BindConfiguration("Prongsai:Uploads");
        services.AddOptions<PublishingJobOptions>().BindConfiguration("Prongsai:Jobs");
        services.AddScoped<StagedUploads>();
        services.AddScoped<SaveDocument>();
        services.AddScoped<PublishDocument>();
        services.AddScoped<ManageExecutives>();
        services.AddScoped<DocumentIndexer>();
        services.AddScoped<OrganizationPages>();
        services.AddScoped<PublishingJobs>();
        services.AddScoped<SearchIndex>();
        services.AddScoped<PublicationLedger>();
        services.AddScoped<LedgerVerifier>();
        services.AddScoped<ILedgerItemSource, DocumentLedgerSource>();
        services.AddScoped<ILedgerItemSource, MeasuresReportLedgerSource>();
        services.TryAddSingleton<IAttachmentTextExtractor, NoTextExtractor>();
        services.AddScoped<IDemoContent, PublishingDemoContent>();
        return services;
    }
}
