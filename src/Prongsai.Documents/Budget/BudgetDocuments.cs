using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Prongsai.Core.Budget;
using Prongsai.Core.Measures.Reports;
using Prongsai.Core.Storage.Archives;
using Prongsai.Documents.Measures;
using Prongsai.Documents.Pdf;
using Prongsai.Documents.Requests;

namespace Prongsai.Documents.Budget;

/// <summary>The spending plan's files: the uploaded sheet read through OpenXml, the reports as DOCX, XLSX, HTML and PDF.</summary>
public sealed class BudgetDocuments(IPdfConverter pdfConverter) : IBudgetDocuments
{
    public BudgetSheet ReadXlsx(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var check = ArchiveGuard.CheckUpload(content, new ArchiveLimits(), "xlsx", out var package);
        if (check.Problem is { } problem)
        {
            return BudgetSheet.Failed(problem.Message);
        }

        try
        {
            using var document = SpreadsheetDocument.Open(package!, isEditable: false);
            var workbookPart = document.WorkbookPart;
            var sheet = workbookPart?.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (workbookPart is null || sheet is null)
            {
                return BudgetSheet.Failed("ไฟล์ .xlsx ไม่มีแผ่นงาน");
            }

            var shared = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
            var grid = ReportXlsxReader.ReadGrid(workbookPart, sheet, shared);
            return grid is null ? BudgetSheet.Failed("ไฟล์ .xlsx ไม่มีแผ่นงาน") : new BudgetSheet(grid, null);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException)
        {
            return BudgetSheet.Failed("เปิดไฟล์ .xlsx ไม่ได้ ไฟล์อาจเสียหรือไม่ใช่สมุดงาน Excel");
        }
        finally
        {
            if (!ReferenceEquals(package, content))
            {
                package?.Dispose();
            }
        }
    }

    public void WriteDocx(BudgetReport report, Stream output) => BudgetDocxWriter.Write(report, output);

    public void WriteXlsx(BudgetReport report, Stream output) => BudgetXlsxWriter.Write(report, output);

    public void WriteTableXlsx(BudgetReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        TableXlsxWriter.Write(buffer, "แผนการใช้จ่ายงบประมาณ", BudgetTable.Header(report), BudgetTable.Rows(report));
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    public string WriteHtml(BudgetReport report) => BudgetHtmlWriter.Write(report);

    public async Task<RenderedPdf> RenderPdfAsync(BudgetReport report, CancellationToken cancellationToken)
    {
        var result = await pdfConverter.HtmlToPdfAsync(WriteHtml(report), cancellationToken);
        return new RenderedPdf(result.Pdf, result.Succeeded ? null : result.Message);
    }
}
