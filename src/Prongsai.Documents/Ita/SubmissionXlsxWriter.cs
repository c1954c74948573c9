using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Prongsai.Core.Ita.Submission;

namespace Prongsai.Documents.Ita;

/// <summary>
/// The ITAS submission sheet as XLSX (OpenXml only): one sheet "OIT", a header row and one row per item. Every cell
/// is an inline string, so codes and addresses stay text; several URLs share one cell, one per line.
/// </summary>
public static class SubmissionXlsxWriter
{
    public const string SheetName = "OIT";

    public static void Write(SubmissionSheet sheet, Stream output)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook, autoSave: true);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var data = new SheetData();
        data.Append(RowOf(1, SubmissionSheet.Headers));
        var index = 2u;
        foreach (var row in sheet.Rows)
        {
            data.Append(RowOf(index++, [row.Code, row.Title, row.Answer, SubmissionSheet.UrlCell(row), row.Note]));
        }

        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
        sheetPart.Worksheet = new Worksheet(
            new Columns(
                new Column { Min = 1, Max = 1, Width = 8, CustomWidth = true },
                new Column { Min = 2, Max = 2, Width = 60, CustomWidth = true },
                new Column { Min = 3, Max = 3, Width = 10, CustomWidth = true },
                new Column { Min = 4, Max = 4, Width = 60, CustomWidth = true },
                new Column { Min = 5, Max = 5, Width = 40, CustomWidth = true }),
            data);
        workbookPart.Workbook.AppendChild(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName }));
    }

    private static Row RowOf(uint index, IReadOnlyList<string> values)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < values.Count; c++)
        {
            row.Append(new Cell
            {
                CellReference = (char)('A' + c) + index.ToString(System.Globalization.CultureInfo.InvariantCulture),
                DataType = CellValues.InlineString,
                InlineString = new InlineString(OfficeText.Sheet(values[c])),
            });
        }

        return row;
    }
}
