using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Prongsai.Core.Ita.Catalog;
using Prongsai.Core.Ita.Catalog.Flat;
using Prongsai.Core.Storage.Archives;
using Prongsai.Documents.Measures;

namespace Prongsai.Documents.Ita;

/// <summary>
/// The flat operator sheet as an XLSX workbook: the first sheet whose first non-empty row names an item-code
/// column ("รหัส" / "code"), or else the first sheet, read into <see cref="SheetRow"/>s (row numbers as Excel
/// shows them) and handed to <see cref="FlatCatalogReader"/>. The package is checked against ZIP bombs first.
/// </summary>
public static class CatalogXlsxReader
{
    public static CatalogReadResult Read(Stream input, FlatCatalogOptions? options = null, ArchiveLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var check = ArchiveGuard.CheckUpload(input, limits ?? new ArchiveLimits(), "xlsx", out var package);
        if (check.Problem is { } problem)
        {
            return CatalogReadResult.Failed(problem.Code, problem.Message);
        }

        try
        {
            using var document = SpreadsheetDocument.Open(package!, isEditable: false);
            var rows = ReadRows(document);
            return rows is null
                ? CatalogReadResult.Failed("no-sheet", "ไฟล์ .xlsx ไม่มีแผ่นงาน")
                : FlatCatalogReader.Read(rows, options);
        }
        catch (Exception ex) when (DamagedOfficeFile.Is(ex))
        {
            return CatalogReadResult.Failed("corrupt-xlsx", "เปิดไฟล์ .xlsx ไม่ได้ ไฟล์อาจเสียหรือไม่ใช่สมุดงาน Excel");
        }
        finally
        {
            if (!ReferenceEquals(package, input))
            {
                package?.Dispose();
            }
        }
    }

    private static List<SheetRow>? ReadRows(SpreadsheetDocument document)
    {
        var workbookPart = document.WorkbookPart;
        var sheets = workbookPart?.Workbook?.Sheets?.Elements<Sheet>().ToList();
        if (workbookPart is null || sheets is null || sheets.Count == 0)
        {
            return null;
        }

        var shared = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        List<SheetRow>? first = null;
        foreach (var sheet in sheets)
        {
            var grid = ReportXlsxReader.ReadGrid(workbookPart, sheet, shared);
            if (grid is null)
            {
                continue;
            }

            var rows = grid.Select((cells, index) => new SheetRow(index + 1, cells)).ToList();
            first ??= rows;
            var header = rows.FirstOrDefault(r => !r.IsBlank);
            if (header is not null && header.Cells.Any(c => FlatColumns.Match(c) == FlatColumn.Code))
            {
                return rows;
            }
        }

        return first;
    }
}
