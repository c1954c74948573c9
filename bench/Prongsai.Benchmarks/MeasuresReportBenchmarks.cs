using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core;
using Prongsai.Core.Auditing;
using Prongsai.Core.Measures;
using Prongsai.Core.Measures.Demo;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Measures.Reports;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;
using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Documents.Measures;
using Prongsai.Documents.Pdf;

namespace Prongsai.Benchmarks;

/// <summary>The seed report (Bang Kha FY2567): reading it, importing it into SQLite, and writing DOCX, HTML and PDF.</summary>
[MemoryDiagnoser]
public class MeasuresReportBenchmarks
{
    private byte[] seed = [];
    private MeasuresReport report = null!;
    private ServiceProvider provider = null!;
    private string directory = "";
    private int organizationId;
    private readonly ChromiumPdfConverter pdf = new();

    [GlobalSetup]
    public async Task SetupAsync()
    {
        using (var stream = MeasuresDemoContent.OpenSeed())
        using (var buffer = new MemoryStream())
        {
            stream.CopyTo(buffer);
            seed = buffer.ToArray();
        }

        report = SeedTextReader.Read(TextFileDecoder.Decode(seed).Text!, "bangkha", 2567).Report!;

        directory = Directory.CreateTempSubdirectory("prongsai-bench-").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Prongsai:DataDirectory"] = directory,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<IAuditActor>(new FixedAuditActor("benchmark"));
        services.AddProngsaiData(configuration);
        services.AddProngsaiCore();
        services.AddProngsaiDocuments(configuration);
        provider = services.BuildServiceProvider();
        await DataServices.MigrateAsync(provider);
        await using var scope = provider.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<CreateOrganization>().RunAsync(Prongsai.Core.Organizations.StaffActor.PlatformOperator(), new CreateOrganizationRequest("bangkha", "องค์การบริหารส่วนตำบลบางคา"));
        organizationId = created.Value!.Id;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        provider.Dispose();
        pdf.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Benchmark(Description = "read seed text (decode + parse)")]
    public int ReadSeed() => SeedTextReader.Read(TextFileDecoder.Decode(seed).Text!, "bangkha", 2567).Report!.Measures.Count;

    [Benchmark(Description = "import seed into SQLite (replace, one transaction)")]
    public async Task<int> ImportSeed()
    {
        await using var scope = provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organizationId, "bangkha");
        var result = await scope.ServiceProvider.GetRequiredService<ImportReport>().RunAsync(
            new ImportReportRequest(Prongsai.Core.Organizations.StaffActor.System(), new MemoryStream(seed), 2567, Replace: true));
        return result.Value!.Report.Measures.Count;
    }

    [Benchmark(Description = "write DOCX")]
    public long WriteDocx()
    {
        using var output = new MemoryStream();
        ReportDocxWriter.Write(report, output);
        return output.Length;
    }

    [Benchmark(Description = "write HTML")]
    public int WriteHtml() => ReportHtmlWriter.Write(report).Length;

    [Benchmark(Description = "HTML → PDF (headless Chromium)")]
    public async Task<int> HtmlToPdf()
    {
        var result = await pdf.HtmlToPdfAsync(ReportHtmlWriter.Write(report), CancellationToken.None);
        return result.Pdf?.Length ?? throw new InvalidOperationException(result.Message);
    }
}
