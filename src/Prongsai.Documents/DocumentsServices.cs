using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Measures.Reports;
using Prongsai.Documents.Measures;
using Prongsai.Documents.Pdf;

namespace Prongsai.Documents;

/// <summary>Registers the report formats and the PDF converter (Chromium; its path from Prongsai:Chromium:ChromiumPath).</summary>
public static class DocumentsServices
{
    public static IServiceCollection AddProngsaiDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new ChromiumPdfOptions();
        configuration.GetSection(ChromiumPdfOptions.ConfigurationKey).Bind(options);
        services.AddSingleton(options);
        services.AddSingleton<IPdfConverter>(sp => new ChromiumPdfConverter(sp.GetRequiredService<ChromiumPdfOptions>()));
        services.AddSingleton<IReportDocuments, ReportDocuments>();
        services.AddSingleton<Core.Ita.IItaDocuments, Ita.ItaDocuments>();
        return services;
    }
}
