using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Demo;
using Prongsai.Core.Measures.Demo;
using Prongsai.Core.Measures.Editing;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Measures.Progress;
using Prongsai.Core.Measures.Publishing;
using Prongsai.Core.Measures.Reports;

namespace Prongsai.Core.Measures;

/// <summary>The measures feature's use cases. The report documents (IReportDocuments) come from Prongsai.Documents.</summary>
public static class MeasuresServices
{
    public static IServiceCollection AddMeasures(this IServiceCollection services)
    {
        services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.Section);
        services.AddOptions<EvidenceOptions>().BindConfiguration(EvidenceOptions.Section);
        services.AddScoped<BuildMeasuresReport>();
        services.AddScoped<ImportReport>();
        services.AddScoped<EditMeasures>();
        services.AddScoped<RecordProgress>();
        services.AddScoped<MeasuresDashboard>();
        services.AddScoped<PublishMeasuresReport>();
        services.AddScoped<MeasureReportVersions>();
        services.AddScoped<IDemoContent, MeasuresDemoContent>();
        return services;
    }
}
