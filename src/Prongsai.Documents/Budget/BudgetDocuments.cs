using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Prongsai.Core.Budget;
using Prongsai.Core.Measures.Reports;
using Prongsai.Core.Storage.Archives;
using Prongsai.Documents.Measures;
using Prongsai.Documents.Pdf;
using Prongsai.Documents.Requests;
using Prongsai.Documents.Spreadsheets;

namespace Prongsai.Documents.Budget;

/// <summary>The spending plan's reports as DOCX, XLSX, HTML and PDF.</summary>
public sealed class BudgetDocuments(IPdfConverter pdfConverter) : IBudgetDocuments
{
    public void WriteDocx(BudgetReport report, Stream output) => BudgetDocxWriter.Write(report, output);

    public void WriteXlsx(BudgetReport report, Stream output) => BudgetXlsxWriter.Write(report, output);

    public void WriteTableXlsx(BudgetReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        // Every column from the amount on is baht (months planned, disbursed, their total) but the last share; the
        // fiscal year and the coded names stay text, so the file imports again as it was downloaded.
        var header = BudgetTable.Header(report);
        var numbers = header.Skip(BudgetTable.PlanColumns.Count - 1)
            .Select(h => (h, h == BudgetTable.Percent ? ColumnKind.Decimal : ColumnKind.Money)).ToArray();
        TableXlsxWriter.Write(buffer, "แผนการใช้จ่ายงบประมาณ", header, BudgetTable.Rows(report), numbers);
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
