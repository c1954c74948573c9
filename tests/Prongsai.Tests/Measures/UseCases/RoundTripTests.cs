using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Measures.Reports;
using Prongsai.Tests.Measures.Import;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Measures.UseCases;

/// <summary>Export → import → export gives the same content for the exchange formats (derived fields recomputed).</summary>
public sealed class RoundTripTests
{
    public static TheoryData<DbProvider, string> Formats()
    {
        var data = new TheoryData<DbProvider, string>();
        foreach (var provider in Enum.GetValues<DbProvider>())
        {
            foreach (var format in new[] { ReportFormats.Json, ReportFormats.Csv, ReportFormats.Xlsx, ReportFormats.Docx })
            {
                data.Add(provider, format);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Export_import_export_is_stable(DbProvider provider, string format)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        await ImportAsync(host, SeedFixture.Bytes(), replace: false);
        await MarkSomeStepsDoneAsync(host);
        var first = (await DraftAsync(host))!;

        var file = await ExportAsync(host, first, format);
        await ImportAsync(host, file, replace: true);
        var second = (await DraftAsync(host))!;

        AssertSameContent(first, second, sixColumnsOnly: format == ReportFormats.Docx);
        var again = await ExportAsync(host, second, format);
        await ImportAsync(host, again, replace: true);
        AssertSameContent(second, (await DraftAsync(host))!, sixColumnsOnly: format == ReportFormats.Docx);
    }

    private static async Task MarkSomeStepsDoneAsync(MeasuresTestHost host)
    {
        // Measure 1 done, measure 2 two steps of five: progress must survive the exchange formats.
        await using var scope = host.Scope();
        var db = scope.ServiceProvider.GetRequiredService<Prongsai.Core.Data.ProngsaiDbContext>();
        var measures = db.Measures.OrderBy(m => m.SortOrder).Select(m => m.Id).ToList();
        foreach (var step in db.MeasureSteps.Where(s => s.MeasureId == measures[0]).ToList())
        {
            step.IsDone = true;
        }

        foreach (var step in db.MeasureSteps.Where(s => s.MeasureId == measures[1]).OrderBy(s => s.SortOrder).Take(2).ToList())
        {
            step.IsDone = true;
        }

        await db.SaveChangesAsync();
    }

    internal static void AssertSameContent(MeasuresReport expected, MeasuresReport actual, bool sixColumnsOnly = false)
    {
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Introduction, actual.Introduction);
        Assert.Equal(expected.Measures.Count, actual.Measures.Count);
        for (var i = 0; i < expected.Measures.Count; i++)
        {
            var (e, a) = (expected.Measures[i], actual.Measures[i]);
            Assert.Equal(e.Number, a.Number);
            Assert.Equal(e.Title, a.Title);
            Assert.Equal(e.Steps, a.Steps);
            Assert.Equal(e.Responsible, a.Responsible);
            Assert.Equal(e.Period, a.Period);
            Assert.Equal(e.Results, a.Results);
            Assert.Equal(e.Outcome, a.Outcome);
            if (!sixColumnsOnly)
            {
                // The DOCX is the printed six-column table: indicators and progress are not in it.
                Assert.Equal(e.Indicators, a.Indicators);
                Assert.Equal(e.Status, a.Status);
                Assert.Equal(e.PercentDone, a.PercentDone);
            }
        }
    }

    private static async Task<byte[]> ExportAsync(MeasuresTestHost host, MeasuresReport report, string format)
    {
        await using var scope = host.Scope();
        var documents = scope.ServiceProvider.GetRequiredService<IReportDocuments>();
        using var output = new MemoryStream();
        switch (format)
        {
            case ReportFormats.Json:
                return System.Text.Encoding.UTF8.GetBytes(MeasuresReportJson.Serialize(report));
            case ReportFormats.Csv:
                documents.WriteCsv(report, output);
                break;
            case ReportFormats.Xlsx:
                documents.WriteXlsx(report, output);
                break;
            default:
                documents.WriteDocx(report, output);
                break;
        }

        return output.ToArray();
    }

    private static async Task ImportAsync(MeasuresTestHost host, byte[] content, bool replace)
    {
        var result = await host.UseAsync<ImportReport, Prongsai.Core.Common.Result<ImportReportOutcome>>(import =>
            import.RunAsync(new ImportReportRequest(MeasuresTestHost.Admin, new MemoryStream(content), 2567, Replace: replace)));
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Message)));
    }

    private static Task<MeasuresReport?> DraftAsync(MeasuresTestHost host) =>
        host.UseAsync<BuildMeasuresReport, MeasuresReport?>(b => b.DraftAsync(2567));
}
