using Prongsai.Core.Measures.Reports;

namespace Prongsai.Core.Budget;

/// <summary>
/// The budget plan's reports (DOCX, XLSX, printable HTML, PDF); an uploaded sheet is read by <see cref="Storage.IUploadedTables"/>.
/// Implemented in Prongsai.Documents, where OpenXml and the PDF converter live.
/// </summary>
public interface IBudgetDocuments
{
    void WriteDocx(BudgetReport report, Stream output);

    void WriteXlsx(BudgetReport report, Stream output);

    /// <summary>The data rows (<see cref="BudgetTable"/>) as a one-sheet workbook, for the API's ?format=xlsx.</summary>
    void WriteTableXlsx(BudgetReport report, Stream output);

    /// <summary>A standalone A4 HTML document with the charts (the PDF is printed from it).</summary>
    string WriteHtml(BudgetReport report);

    Task<RenderedPdf> RenderPdfAsync(BudgetReport report, CancellationToken cancellationToken);
}
