using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Prongsai.Core.Budget;
using Prongsai.Core.Money;

namespace Prongsai.Documents.Budget;

/// <summary>
/// A report as an Excel workbook: a summary sheet, then one sheet per table of <see cref="BudgetSections"/>; amounts
/// are numbers (two decimals, thousands separators) so offices can sum and chart them, texts are inline strings.
/// </summary>
public static class BudgetXlsxWriter
{
    private static readonly string[] SheetNames = ["สรุป", "ตามส่วนราชการ", "ตามงบ", "รายเดือน", "รายการ"];

    public static void Write(BudgetReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook, autoSave: true);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
        var sheets = workbookPart.Workbook.AppendChild(new Sheets());
        var summary = new List<IReadOnlyList<string>> { new[] { report.Title } };
        summary.AddRange(BudgetSections.Summary(report).Select(l => (IReadOnlyList<string>)[l]));
        if (report.IsSample)
        {
            summary.Add(["ตัวอย่าง — ข้อมูลสมมติเพื่อสาธิตระบบ"]);
        }

        AddSheet(workbookPart, sheets, 1, SheetNames[0], summary, new HashSet<int>());
        var index = 2u;
        foreach (var section in BudgetSections.For(report))
        {
            var rows = new List<IReadOnlyList<string>> { section.Headings };
            rows.AddRange(section.Rows);
            if (section.Totals is { } totals)
            {
                rows.Add(totals);
            }

            AddSheet(workbookPart, sheets, index, SheetNames[(int)index - 1], rows, section.NumericColumns);
            index++;
        }
    }

    private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, uint id, string name, List<IReadOnlyList<string>> rows, IReadOnlySet<int> numeric)
    {
        var data = new SheetData();
        for (var r = 0; r < rows.Count; r++)
        {
            var rowIndex = (uint)(r + 1);
            var row = new Row { RowIndex = rowIndex };
            for (var c = 0; c < rows[r].Count; c++)
            {
                var text = rows[r][c] ?? "";
                var reference = Column(c) + rowIndex.ToString(CultureInfo.InvariantCulture);
                var amount = r > 0 && numeric.Contains(c) ? ThaiMoney.Parse(text, required: false) : default;
                row.Append(amount.Value is { } value
                    ? new Cell { CellReference = reference, CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)), DataType = CellValues.Number, StyleIndex = 1 }
                    : new Cell
                    {
                        CellReference = reference, DataType = CellValues.InlineString,
                        InlineString = new InlineString(OfficeText.Sheet(text)),
                    });
            }

            data.Append(row);
        }

        var part = workbookPart.AddNewPart<WorksheetPart>();
        part.Worksheet = new Worksheet(new Columns(new Column { Min = 1, Max = 1, Width = 40, CustomWidth = true }, new Column { Min = 2, Max = 12, Width = 18, CustomWidth = true }), data);
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static Stylesheet Stylesheet() => new(
        new Fonts(new Font(new FontSize { Val = 14 }, new FontName { Val = "TH Sarabun New" })),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true }));

    private static string Column(int index) => index < 26
        ? ((char)('A' + index)).ToString()
        : Column((index / 26) - 1) + (char)('A' + (index % 26));
}
