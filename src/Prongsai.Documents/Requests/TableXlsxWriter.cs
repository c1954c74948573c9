using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Prongsai.Documents.Requests;

/// <summary>A plain table as XLSX (OpenXml only): one sheet, a header row, inline strings (Thai kept as typed).</summary>
public static class TableXlsxWriter
{
    public static void Write(Stream output, string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook, autoSave: true);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var data = new SheetData();
        var index = 1u;
        foreach (var values in rows.Prepend(header))
        {
            var row = new Row { RowIndex = index };
            for (var c = 0; c < values.Count; c++)
            {
                row.Append(new Cell
                {
                    CellReference = Column(c) + index.ToString(CultureInfo.InvariantCulture),
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(OfficeText.Sheet(values[c])),
                });
            }

            data.Append(row);
            index++;
        }

        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
        sheetPart.Worksheet = new Worksheet(data);
        var name = sheetName.Length > 31 ? sheetName[..31] : sheetName;
        workbookPart.Workbook.AppendChild(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = name }));
    }

    private static string Column(int index) => index < 26
        ? ((char)('A' + index)).ToString()
        : Column((index / 26) - 1) + (char)('A' + (index % 26));
}
