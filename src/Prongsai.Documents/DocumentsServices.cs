using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Common;
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
        services.AddOptions<ArchiveLimits>().Bind(configuration.GetSection(ArchiveLimits.ConfigurationKey))
            .Checked(ArchiveLimits.ConfigurationKey, rules => rules
                .Whole(nameof(ArchiveLimits.MaxFileBytes), o => o.MaxFileBytes, 1, long.MaxValue / 2)
                .Whole(nameof(ArchiveLimits.MaxExpandedBytes), o => o.MaxExpandedBytes, 1, long.MaxValue / 2)
                .Whole(nameof(ArchiveLimits.MaxCompressionRatio), o => o.MaxCompressionRatio, 1, 100_000)
                .Whole(nameof(ArchiveLimits.MaxEntries), o => o.MaxEntries, 1, 1_000_000)
                .Whole(nameof(ArchiveLimits.MaxNestingDepth), o => o.MaxNestingDepth, 0, 10)
                .Whole(nameof(ArchiveLimits.MaxImagePixels), o => o.MaxImagePixels, 1, long.MaxValue / 2)
                .Duration(nameof(ArchiveLimits.MaxDuration), o => o.MaxDuration, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1)));
        services.AddOptions<TextExtractionLimits>().Bind(configuration.GetSection(TextExtractionLimits.ConfigurationKey))
            .Checked(TextExtractionLimits.ConfigurationKey, rules => rules
                .Whole(nameof(TextExtractionLimits.MaxChars), o => o.MaxChars, 1, int.MaxValue)
                .Duration(nameof(TextExtractionLimits.MaxDuration), o => o.MaxDuration, TimeSpan.FromSeconds(1), TimeSpan.FromHours(6))
                .Duration(nameof(TextExtractionLimits.ToolTimeout), o => o.ToolTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromHours(6))
                .Whole(nameof(TextExtractionLimits.MaxToolMemoryBytes), o => o.MaxToolMemoryBytes, 1, long.MaxValue / 2)
                .Whole(nameof(TextExtractionLimits.MaxPagePixels), o => o.MaxPagePixels, 1, long.MaxValue / 2)
                .Whole(nameof(TextExtractionLimits.MaxFileBytes), o => o.MaxFileBytes, 1, long.MaxValue / 2));
        services.AddSingleton<Core.Ita.IItaDocuments, Ita.ItaDocuments>();
        services.AddSingleton<Core.Budget.IBudgetDocuments, Budget.BudgetDocuments>();
        services.AddSingleton<Core.Storage.IUploadedTables, Spreadsheets.UploadedTables>();
        services.AddSingleton<Core.Storage.IPdfMetadataCleaner, QpdfMetadataCleaner>();
        return services;
    }
}
