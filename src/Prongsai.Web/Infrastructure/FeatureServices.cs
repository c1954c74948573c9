using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Prongsai.Core.Publishing;
using Prongsai.Documents;
using Prongsai.Documents.Extraction;
using Prongsai.Web.Portal;
using Prongsai.Web.Portal.PageCache;

namespace Prongsai.Web.Infrastructure;

/// <summary>Feature services of the web app (each feature adds its own line here).</summary>
public static class FeatureServices
{
    public static IServiceCollection AddProngsaiFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddProngsaiDocuments(configuration);
        // Publishing: the real text reader (pdftotext/OpenXml/Tesseract), background jobs, public-page cache.
        services.Replace(ServiceDescriptor.Singleton<IAttachmentTextExtractor, AttachmentTextExtractor>());
        services.AddHostedService<Prongsai.Core.Jobs.BackgroundWorker>();
        // Imports: the files kept for a preview that was never confirmed are deleted after a day.
        services.AddHostedService<Prongsai.Core.Storage.PendingUploadsSweeper>();
        services.AddSingleton<PageStore>();
        services.AddSingleton<FormPdfStore>();
        services.AddResponseCompression(options =>
        {
            // Public pages only (see Program.cs): staff pages carry antiforgery tokens (BREACH).
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(
                ["application/atom+xml", "application/ld+json", "image/svg+xml", "application/problem+json"]);
        });
        // Brotli's default here is its fastest level; the balanced level makes the report page and the stylesheet
        // about a fifth smaller on a phone's connection for a fraction of a millisecond (docs/performance.md).
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.AddScoped<PortalData>();
        return services;
    }
}
