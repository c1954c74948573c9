using Prongsai.Core.Storage.Archives;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Prongsai.Documents.Measures;

/// <summary>
/// Reads an XLSX of the measures table back: sheet "มาตรการ" (or the first sheet with a recognizable header row)
/// and, when present, sheet "ข้อมูลรายงาน" with the report fields. Shared, inline and plain string cells are read;
/// number cells come back as their stored text. The package is checked against ZIP bombs before parsing.
/// </summary>
public static class ReportXlsxReader
{
    public static ReportReadResult Read(Stream input, ArchiveLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var check = ArchiveGuard.CheckUpload(input, limits ?? new ArchiveLimits(), "xlsx", out var package);
        if (check.Problem is { } problem)
        {
            return ReportReadResult.Failure(problem.Code, problem.Message);
        }

        try
        {
            using var document = SpreadsheetDocument.Open(package!, isEditable: false);
            return Read(document);
        }
        catch (Exception ex) when (DamagedOfficeFile.Is(ex))
        {
            return ReportReadResult.Failure("corrupt-xlsx", "เปิดไฟล์ .xlsx ไม่ได้ ไฟล์อาจเสียหรือไม่ใช่สมุดงาน Excel");
        }
        finally
        {
            if (!ReferenceEquals(package, input))
            {
                package?.Dispose();
            }
        }
    }

    private static ReportReadResult Read(SpreadsheetDocument document)
    {
        var workbookPart = document.WorkbookPart;
        var sheets = workbookPart?.Workbook?.Sheets?.Elements<Sheet>().ToList();
        if (workbookPart is null || sheets is null || sheets.Count == 0)
        {
            return ReportReadResult.Failure("no-sheet", "ไฟล์ .xlsx ไม่มีแผ่นงาน");
        }

        var shared = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];

        List<IReadOnlyList<string>>? grid = null;
        var header = -1;
        foreach (var sheet in sheets.OrderBy(s => s.Name?.Value == ReportXlsxWriter.MeasuresSheetName ? 0 : 1))
        {
            if (sheet.Name?.Value == ReportXlsxWriter.InfoSheetName)
            {
                continue;
            }

            var rows = ReadGrid(workbookPart, sheet, shared);
            var found = rows is null ? -1 : ReportGrid.FindHeader(rows);
            if (found >= 0)
            {
                grid = rows;
                header = found;
                break;
            }
        }

        if (grid is null)
        {
            return ReportReadResult.Failure("no-header", $"ไม่พบแผ่นงาน \"{ReportXlsxWriter.MeasuresSheetName}\" ที่มีแถวหัวตาราง (ต้องมีคอลัมน์ \"มาตรการ/แนวทาง\")");
        }

        var fields = new Dictionary<ReportGrid.Field, string>();
        var info = sheets.FirstOrDefault(s => s.Name?.Value == ReportXlsxWriter.InfoSheetName);
        if (info is not null && ReadGrid(workbookPart, info, shared) is { } infoRows)
        {
            foreach (var row in infoRows)
            {
                var field = (row.Count > 2 ? ReportGrid.MatchField(row[2]) : null) ?? (row.Count > 0 ? ReportGrid.MatchField(row[0]) : null);
                if (field is { } f && row.Count > 1)
                {
                    fields[f] = row[1];
                }
            }
        }

        return ReportGrid.ToReport(fields, grid, header, 1);
    }

    /// <summary>Excel's own bounds: a reference beyond them does not come from a spreadsheet program.</summary>
    private const int MaxRows = 1_048_576, MaxColumns = 16_384;

    /// <summary>
    /// The most cells a grid may hold, empty ones that fill gaps included (a few MB of references). A row numbered in
    /// the millions or a cell in column XFD costs a few bytes of XML and would otherwise make the reader fill memory
    /// with empty rows and cells before any import could count its rows.
    /// </summary>
    private const long MaxGridCells = 4_000_000;

    /// <summary>
    /// Rows by their row index (gaps filled with empty rows), cells by their column letters. Also used by the ITA catalog
    /// reader and every spreadsheet import. A sheet whose references pass Excel's bounds or whose grid would pass
    /// <see cref="MaxGridCells"/> is refused as a damaged file (<see cref="InvalidDataException"/>).
    /// </summary>
    internal static List<IReadOnlyList<string>>? ReadGrid(WorkbookPart workbookPart, Sheet sheet, string[] shared)
    {
        if (sheet.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart part)
        {
            return null;
        }

        var grid = new List<IReadOnlyList<string>>();
        var data = part.Worksheet?.GetFirstChild<SheetData>();
        if (data is null)
        {
            return grid;
        }

        long size = 0;
        void Spend(long cells)
        {
            size += cells;
            if (size > MaxGridCells)
            {
                throw new InvalidDataException($"the sheet would hold more than {MaxGridCells} cells");
            }
        }

        foreach (var row in data.Elements<Row>())
        {
            var rowIndex = row.RowIndex?.Value is { } r ? (long)r - 1 : grid.Count;
            if (rowIndex >= MaxRows)
            {
                throw new InvalidDataException($"row {rowIndex + 1} is beyond a worksheet's last row");
            }

            Spend(Math.Max(0, rowIndex - grid.Count) + 1);
            while (grid.Count < rowIndex)
            {
                grid.Add([]);
            }

            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                if (column >= MaxColumns)
                {
                    throw new InvalidDataException($"column {column + 1} is beyond a worksheet's last column");
                }

                Spend(Math.Max(0, column + 1 - cells.Count));
                while (cells.Count < column)
                {
                    cells.Add(string.Empty);
                }

                cells.Add(CellText(cell, shared));
            }

            grid.Add(cells);
        }

        return grid;
    }

    private static string CellText(Cell cell, string[] shared)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        var raw = cell.CellValue?.Text ?? string.Empty;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < shared.Length
                ? shared[index]
                : string.Empty;
        }

        return raw;
    }

    /// <summary>The column of a reference such as "AB12" (0-based); past <see cref="MaxColumns"/> it stops counting.</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z' || index > MaxColumns)
            {
                break;
            }

            index = (index * 26) + (c - 'A' + 1);
        }

        return Math.Max(0, index - 1);
    }
}
