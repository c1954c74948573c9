using Prongsai.Core.Measures.Reports;

namespace Prongsai.Core.Budget;

/// <summary>
/// The budget plan's files: reading an uploaded sheet, writing the reports (DOCX, XLSX, printable HTML, PDF).
/// Implemented in Prongsai.Documents, where OpenXml and the PDF converter live.
/// </summary>
public interface IBudgetDocuments
{
    /// <summary>The first worksheet's cells as text, one list per sheet row (row 1 first, empty rows kept), or a Thai problem.</summary>
    BudgetSheet ReadXlsx(Stream content);

    void WriteDocx(BudgetReport report, Stream output);

    void WriteXlsx(BudgetReport report, Stream output);

    /// <summary>The data rows (<see cref="BudgetTable"/>) as a one-sheet workbook, for the API's ?format=xlsx.</summary>
    void WriteTableXlsx(BudgetReport report, Stream output);

    /// <summary>A standalone A4 HTML document with the charts (the PDF is printed from it).</summary>
    string WriteHtml(BudgetReport report);

    Task<RenderedPdf> RenderPdfAsync(BudgetReport report, CancellationToken cancellationToken);
}

/// <summary>Rows of a sheet as text, or why it could not be read.</summary>
public sealed record BudgetSheet(IReadOnlyList<IReadOnlyList<string>> Rows, string? Problem)
{
    public static BudgetSheet Failed(string problem) => new([], problem);
}
