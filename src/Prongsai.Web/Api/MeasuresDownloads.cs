using Prongsai.Web.Infrastructure;
using System.Globalization;
using System.Text;
using Microsoft.Net.Http.Headers;
using Prongsai.Core.Measures.Publishing;
using Prongsai.Core.Measures.Reports;

namespace Prongsai.Web.Api;

/// <summary>
/// /{org}/measures/{fiscalYear}/report.{docx|pdf|json|xlsx|csv}: the published version's files.
/// DOCX and PDF are the files rendered at publication; JSON, CSV and XLSX come from the frozen snapshot.
/// File names are Thai (Content-Disposition filename*), with an ASCII fallback.
/// </summary>
public sealed class MeasuresDownloads : IApiEndpoints
{
    public void Map(IEndpointRouteBuilder endpoints, RouteGroupBuilder v1)
    {
        endpoints.MapGetAndHead("/{org}/measures/{fiscalYear:int}/report.{format}", DownloadAsync)
            .WithName("DownloadMeasuresReport")
            .ExcludeFromDescription();
    }

    private static async Task<IResult> DownloadAsync(
        HttpContext http, int fiscalYear, string format, int? version, MeasureReportVersions versions,
        IReportDocuments documents, CancellationToken cancellationToken)
    {
        format = format.ToLowerInvariant();
        if (format is not (ReportFormats.Docx or ReportFormats.Pdf or ReportFormats.Json or ReportFormats.Xlsx or ReportFormats.Csv))
        {
            return TypedResults.NotFound();
        }

        var stored = await versions.GetAsync(fiscalYear, version, cancellationToken);
        if (stored is null)
        {
            return TypedResults.NotFound();
        }

        var fileName = FileName(fiscalYear, stored.Version, format);
        var ascii = string.Create(CultureInfo.InvariantCulture,
            $"measures-report-{http.Request.RouteValues["org"]}-{fiscalYear}-v{stored.Version}.{format}");
        var contentType = ReportFormats.ContentType(format);
        SetDisposition(http, fileName, ascii);
        http.Response.Headers.CacheControl = "public, max-age=300";

        switch (format)
        {
            case ReportFormats.Docx:
            case ReportFormats.Pdf:
                var file = format == ReportFormats.Docx
                    ? await versions.OpenDocxAsync(stored, cancellationToken)
                    : await versions.OpenPdfAsync(stored, cancellationToken);
                if (file is null)
                {
                    http.Response.Headers.Remove(HeaderNames.ContentDisposition);
                    return TypedResults.Problem(
                        title: format == ReportFormats.Pdf
                            ? Lang.T("ฉบับนี้ไม่มีไฟล์ PDF", "This version has no PDF")
                            : Lang.T("ไม่พบไฟล์ DOCX ของฉบับนี้", "The DOCX of this version is missing"),
                        detail: format == ReportFormats.Pdf ? stored.PdfProblem : null,
                        statusCode: StatusCodes.Status404NotFound);
                }

                return TypedResults.Stream(file, contentType);
            case ReportFormats.Json:
                return TypedResults.Bytes(Encoding.UTF8.GetBytes(stored.SnapshotJson), contentType);
            default:
                var report = MeasureReportVersions.Snapshot(stored.SnapshotJson)!;
                using (var buffer = new MemoryStream())
                {
                    if (format == ReportFormats.Csv)
                    {
                        documents.WriteCsv(report, buffer);
                    }
                    else
                    {
                        documents.WriteXlsx(report, buffer);
                    }

                    return TypedResults.Bytes(buffer.ToArray(), contentType);
                }
        }
    }

    /// <summary>"รายงานผลมาตรการ-2567-ฉบับที่1.docx".</summary>
    public static string FileName(int fiscalYear, int version, string format) =>
        string.Create(CultureInfo.InvariantCulture, $"รายงานผลมาตรการส่งเสริมคุณธรรมและความโปร่งใส-{fiscalYear}-ฉบับที่{version}.{format}");

    private static void SetDisposition(HttpContext http, string fileName, string asciiFallback)
    {
        var header = new ContentDispositionHeaderValue("attachment");
        header.SetHttpFileName(fileName);
        header.FileName = asciiFallback;
        http.Response.Headers.ContentDisposition = header.ToString();
    }
}
