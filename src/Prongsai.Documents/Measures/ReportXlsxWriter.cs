using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Prongsai.Core.Measures.Reports;

namespace Prongsai.Documents.Measures;

/// <summary>
/// Writes the measures report as XLSX with the OpenXml SDK only. Sheet "มาตรการ" holds the same columns as the CSV
/// (bold frozen header, wrapped text, widths, TH SarabunPSK); sheet "ข้อมูลรายงาน" holds title, introduction,
/// fiscal year, version. Every cell is a shared STRING cell, so periods, years and numbers stay text
/// (Excel would turn "2023-10" into a date); period months are left empty for the same reason, see docs/formats.md.
/// </summary>
public static class ReportXlsxWriter
{
    public const string MeasuresSheetName = "มาตรการ";
    public const string InfoSheetName = "ข้อมูลรายงาน";

    private const uint BodyStyle = 1;
    private const uint HeaderStyle = 2;

    public static void Write(MeasuresReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);

        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook, autoSave: true);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        AddStyles(workbookPart);
        var strings = new SharedStrings();

        var columns = ReportColumns.ExchangeOrder;
        var measuresData = new SheetData();
        var header = new Row { RowIndex = 1 };
        for (var c = 0; c < columns.Length; c++)
        {
            header.Append(strings.Cell(c, 1, ReportColumns.ThaiHeading(columns[c]), HeaderStyle));
        }

        measuresData.Append(header);
        uint rowIndex = 2;
        foreach (var measure in report.Measures)
        {
            var row = new Row { RowIndex = rowIndex };
            for (var c = 0; c < columns.Length; c++)
            {
                row.Append(strings.Cell(c, rowIndex, ReportGrid.CellValue(measure, columns[c]), BodyStyle));
            }

            measuresData.Append(row);
            rowIndex++;
        }

        double[] widths = [8, 40, 60, 20, 22, 14, 14, 60, 40, 12, 14, 12];
        var measuresSheet = AddSheet(workbookPart, measuresData, widths, freezeHeader: true);

        var infoData = new SheetData();
        uint infoRow = 1;
        foreach (var field in ReportGrid.Fields)
        {
            infoData.Append(new Row(
                strings.Cell(0, infoRow, ReportGrid.ThaiLabel(field), HeaderStyle),
                strings.Cell(1, infoRow, ReportGrid.FieldValue(report, field), BodyStyle),
                strings.Cell(2, infoRow, ReportGrid.Key(field), BodyStyle))
            { RowIndex = infoRow });
            infoRow++;
        }

        var infoSheet = AddSheet(workbookPart, infoData, [24, 120, 14], freezeHeader: false);

        var sst = workbookPart.AddNewPart<SharedStringTablePart>();
        sst.SharedStringTable = strings.Table;

        workbookPart.Workbook.Append(new Sheets(
            new Sheet { Name = MeasuresSheetName, SheetId = 1, Id = workbookPart.GetIdOfPart(measuresSheet) },
            new Sheet { Name = InfoSheetName, SheetId = 2, Id = workbookPart.GetIdOfPart(infoSheet) }));
    }

    private static WorksheetPart AddSheet(WorkbookPart workbookPart, SheetData data, double[] widths, bool freezeHeader)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        var worksheet = new Worksheet();
        var view = new SheetView { WorkbookViewId = 0 };
        if (freezeHeader)
        {
            view.Append(new Pane
            {
                VerticalSplit = 1,
                TopLeftCell = "A2",
                ActivePane = PaneValues.BottomLeft,
                State = PaneStateValues.Frozen,
            });
            view.Append(new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } });
        }

        worksheet.Append(new SheetViews(view));
        var cols = new Columns();
        for (var i = 0; i < widths.Length; i++)
        {
            cols.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = widths[i], CustomWidth = true });
        }

        worksheet.Append(cols);
        worksheet.Append(data);
        part.Worksheet = worksheet;
        return part;
    }

    private static void AddStyles(WorkbookPart workbookPart)
    {
        static Font ThaiFont(bool bold)
        {
            var font = new Font();
            if (bold)
            {
                font.Append(new Bold());
            }

            font.Append(new FontSize { Val = 16 }, new FontName { Val = ReportDocxWriter.FontName }, new FontCharSet { Val = 222 }, new FontScheme { Val = FontSchemeValues.None });
            return font;
        }

        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        var wrapTop = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top };
        styles.Stylesheet = new Stylesheet(
            new Fonts(ThaiFont(false), ThaiFont(true)) { Count = 2 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
            { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(
                new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
                new CellFormat((Alignment)wrapTop.CloneNode(true)) { NumberFormatId = 49, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true, ApplyNumberFormat = true },
                new CellFormat((Alignment)wrapTop.CloneNode(true)) { NumberFormatId = 49, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true, ApplyFont = true, ApplyNumberFormat = true })
            { Count = 3 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    /// <summary>Shared string table with de-duplication ("กองคลัง" is stored once).</summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public SharedStringTable Table { get; } = new();

        public Cell Cell(int column, uint row, string text, uint style)
        {
            if (!_index.TryGetValue(text, out var id))
            {
                id = _index.Count;
                _index.Add(text, id);
                Table.Append(new SharedStringItem(OfficeText.Sheet(text)));
            }

            return new Cell
            {
                CellReference = Reference(column, row),
                DataType = CellValues.SharedString,
                StyleIndex = style,
                CellValue = new CellValue(id),
            };
        }

        private static string Reference(int column, uint row)
        {
            Span<char> letters = stackalloc char[3];
            var n = column + 1;
            var length = 0;
            while (n > 0)
            {
                n--;
                letters[length++] = (char)('A' + (n % 26));
                n /= 26;
            }

            letters[..length].Reverse();
            return string.Concat(letters[..length], row.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
