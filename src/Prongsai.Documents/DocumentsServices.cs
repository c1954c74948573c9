using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Measures.Reports;
using Prongsai.Core.Storage.Archives;
using Prongsai.Documents.Extraction;
using Prongsai.Documents.Measures;
using Prongsai.Documents.Pdf;

namespace Prongsai.Documents;

/// <summary>Registers the report formats, the PDF converter (Chromium; its path from Prongsai:Chromium:ChromiumPath)
/// and the limits of opening uploads (Prongsai:Archives, Prongsai:TextExtraction).</summary>
public static class DocumentsServices
{
    public static IServiceCollection AddProngsaiDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new ChromiumPdfOptions();
        configuration.GetSection(ChromiumPdfOptions.ConfigurationKey).Bind(options);
        services.AddSingleton(options);
        services.AddSingleton<IPdfConverter>(sp => new ChromiumPdfConverter(sp.GetRequiredService<ChromiumPdfOptions>()));
        services.AddSingleton<IReportDocuments, ReportDocuments>();
        // One set of limits for every uploaded package and one budget for reading text (docs/security.md).
        services.Configure<ArchiveLimits>(configuration.GetSection(ArchiveLimits.ConfigurationKey));
        services.Configure<TextExtractionLimits>(configuration.GetSection(TextExtractionLimits.ConfigurationKey));
        services.AddSingleton<Core.Ita.IItaDocuments, Ita.ItaDocuments>();
        services.AddSingleton<Core.Budget.IBudgetDocuments, Budget.BudgetDocuments>();
        services.AddSingleton<Core.Storage.IUploadedTables, Spreadsheets.UploadedTables>();
        services.AddSingleton<Core.Storage.IPdfMetadataCleaner, QpdfMetadataCleaner>();
        return services;
    }
}
