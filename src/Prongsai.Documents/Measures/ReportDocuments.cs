using Microsoft.Extensions.Options;
using Prongsai.Core.Storage.Archives;
using Prongsai.Core.Measures.Reports;
using Prongsai.Documents.Pdf;

namespace Prongsai.Documents.Measures;

/// <summary>Core's view of the report formats (IReportDocuments), backed by this project's writers, readers and PDF converter.</summary>
public sealed class ReportDocuments(IPdfConverter pdfConverter, IOptions<ArchiveLimits> archiveLimits) : IReportDocuments
{
    public ReportDocumentRead ReadCsv(string text) => Convert(ReportCsvReader.Read(text));

    public ReportDocumentRead ReadXlsx(Stream content) => Convert(ReportXlsxReader.Read(content, archiveLimits.Value));

    public ReportDocumentRead ReadDocx(Stream content) => Convert(ReportDocxReader.Read(content, archiveLimits.Value));

    public void WriteDocx(MeasuresReport report, Stream output) => ReportDocxWriter.Write(report, output);

    public void WriteXlsx(MeasuresReport report, Stream output) => ReportXlsxWriter.Write(report, output);

    public void WriteCsv(MeasuresReport report, Stream output) => ReportCsvWriter.Write(report, output);

    public string WriteHtml(MeasuresReport report) => ReportHtmlWriter.Write(report, ReportHtmlOptions.Default);

    public async Task<RenderedPdf> RenderPdfAsync(MeasuresReport report, CancellationToken cancellationToken)
    {
        var result = await pdfConverter.HtmlToPdfAsync(WriteHtml(report), cancellationToken);
        return new RenderedPdf(result.Pdf, result.Succeeded ? null : result.Message);
    }

    private static ReportDocumentRead Convert(ReportReadResult read) =>
        read.Succeeded
            ? new ReportDocumentRead(read.Report, [])
            : new ReportDocumentRead(null, read.Errors.Select(e => e.Row is { } row
                ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"แถวที่ {row}: {e.Message}")
                : e.Message).ToList());
}
