using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Prongsai.Core.Storage.Archives;
using Prongsai.Documents.Measures;

namespace Prongsai.Documents.Spreadsheets;

/// <summary>
/// Plain tables to and from XLSX: a sheet of text cells (inline strings, so Thai round-trips without a shared-string
/// table), optional title rows above the header, wrapped text; and the first sheet of an uploaded workbook read back
/// as rows of text, checked against ZIP bombs first.
/// </summary>
public static class SimpleSheets
{
    public static byte[] Write(string sheetName, IReadOnlyList<string> titleLines, IReadOnlyList<string> header,
        IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<double>? widths = null)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font(new FontSize { Val = 14 }, new FontName { Val = "TH Sarabun New" }),
                    new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "TH Sarabun New" })),
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
                new Borders(new Border()),
                new CellFormats(
                    new CellFormat { FontId = 0, ApplyFont = true },
                    new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 0, ApplyFont = true, ApplyAlignment = true },
                    new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center, Horizontal = HorizontalAlignmentValues.Center }) { FontId = 1, ApplyFont = true, ApplyAlignment = true }));
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint rowIndex = 1;
            foreach (var line in titleLines)
            {
                data.Append(Row(rowIndex++, [line], 0));
            }

            data.Append(Row(rowIndex++, header, 2));
            foreach (var row in rows)
            {
                data.Append(Row(rowIndex++, row, 1));
            }

            var worksheet = new Worksheet();
            if (widths is not null)
            {
                var columns = new Columns();
                for (var i = 0; i < widths.Count; i++)
                {
                    columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = widths[i], CustomWidth = true });
                }

                worksheet.Append(columns);
            }

            worksheet.Append(data);
            sheetPart.Worksheet = worksheet;
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName }));
            workbook.Workbook.Save();
        }

        return buffer.ToArray();
    }

    /// <summary>The first sheet's rows, or a Thai problem (not a workbook, too big, no sheet).</summary>
    public static (IReadOnlyList<IReadOnlyList<string>>? Rows, string? Problem) ReadFirstSheet(Stream input, ArchiveLimits? limits = null)
    {
        var check = ArchiveGuard.CheckUpload(input, limits ?? new ArchiveLimits(), "xlsx", out var package);
        if (check.Problem is { } problem)
        {
            return (null, problem.Message);
        }

        try
        {
            using var document = SpreadsheetDocument.Open(package!, isEditable: false);
            var workbookPart = document.WorkbookPart;
            var sheet = workbookPart?.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (workbookPart is null || sheet is null)
            {
                return (null, "ไฟล์ .xlsx ไม่มีแผ่นงาน");
            }

            var shared = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
            var grid = ReportXlsxReader.ReadGrid(workbookPart, sheet, shared);
            return grid is null ? (null, "อ่านแผ่นงานแรกของไฟล์ .xlsx ไม่ได้") : (grid, null);
        }
        catch (Exception ex) when (DamagedOfficeFile.Is(ex))
        {
            return (null, "เปิดไฟล์ .xlsx ไม่ได้ ไฟล์อาจเสียหรือไม่ใช่สมุดงาน Excel");
        }
        finally
        {
            if (!ReferenceEquals(package, input))
            {
                package?.Dispose();
            }
        }
    }

    private static Row Row(uint index, IReadOnlyList<string> cells, uint style)
    {
        var row = new Row { RowIndex = index };
        foreach (var text in cells)
        {
            row.Append(new Cell
            {
                DataType = CellValues.InlineString,
                StyleIndex = style,
                InlineString = new InlineString(OfficeText.Sheet(text)),
            });
        }

        return row;
    }
}
