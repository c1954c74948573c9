using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Prongsai.Core.Ita.Submission;
using Prongsai.Documents.Spreadsheets;

namespace Prongsai.Documents.Ita;

/// <summary>
/// The ITAS submission sheet as XLSX (OpenXml only): one sheet "OIT", a bold header row frozen at the top and one row per
/// item. Every cell is an inline string, so codes and addresses stay text; several URLs share one cell, one per line, so
/// cells wrap and the URL column is the widest. A cell holding one address is also a link the assessor can click
/// (Excel has one link per cell, so a cell of several addresses stays plain text to copy from).
/// </summary>
public static class SubmissionXlsxWriter
{
    public const string SheetName = "OIT";

    private const uint HeaderStyle = 1;
    private const uint BodyStyle = 2;
    private const uint LinkStyle = 3;
    private const int UrlColumn = 3;

    public static void Write(SubmissionSheet sheet, Stream output)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook, autoSave: true);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Stylesheet();
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var links = new Hyperlinks();
        data.Append(RowOf(1, SubmissionSheet.Headers, _ => HeaderStyle));
        var index = 2u;
        foreach (var row in sheet.Rows)
        {
            var link = row.Urls.Count == 1 ? Link(row.Urls[0]) : null;
            if (link is not null)
            {
                var id = sheetPart.AddHyperlinkRelationship(link, isExternal: true).Id;
                links.Append(new Hyperlink { Reference = Reference(UrlColumn, index), Id = id });
            }

            data.Append(RowOf(index++, [row.Code, row.Title, row.Answer, SubmissionSheet.UrlCell(row), row.Note],
                c => c == UrlColumn && link is not null ? LinkStyle : BodyStyle));
        }

        var worksheet = new Worksheet(
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            { WorkbookViewId = 0 }),
            new Columns(
                new Column { Min = 1, Max = 1, Width = 8, CustomWidth = true },
                new Column { Min = 2, Max = 2, Width = 55, CustomWidth = true },
                new Column { Min = 3, Max = 3, Width = 10, CustomWidth = true },
                new Column { Min = 4, Max = 4, Width = 75, CustomWidth = true },
                new Column { Min = 5, Max = 5, Width = 35, CustomWidth = true }),
            data);
        if (links.HasChildren)
        {
            worksheet.Append(links);
        }

        sheetPart.Worksheet = worksheet;
        workbookPart.Workbook.AppendChild(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName }));
    }

    /// <summary>Only web addresses become links, and only those Excel takes (it refuses a link longer than 2,079 characters).</summary>
    private static Uri? Link(string url) =>
        url.Length <= 2079 && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : null;

    private static Row RowOf(uint index, IReadOnlyList<string> values, Func<int, uint> style)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < values.Count; c++)
        {
            row.Append(new Cell
            {
                CellReference = Reference(c, index),
                StyleIndex = style(c),
                DataType = CellValues.InlineString,
                InlineString = new InlineString(OfficeText.Sheet(values[c])),
            });
        }

        return row;
    }

    private static string Reference(int column, uint row) => (char)('A' + column) + row.ToString(CultureInfo.InvariantCulture);

    private static Stylesheet Stylesheet()
    {
        static Alignment Wrap(bool centre) => centre
            ? new Alignment { WrapText = true, Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center }
            : new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top };

        return new Stylesheet(
            new Fonts(ThaiSheetFont.Of(), ThaiSheetFont.Of(bold: true), ThaiSheetFont.Of(link: true)) { Count = 3 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(
                new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
                new CellFormat(Wrap(centre: true)) { FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyAlignment = true },
                new CellFormat(Wrap(centre: false)) { FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true },
                new CellFormat(Wrap(centre: false)) { FontId = 2, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyAlignment = true })
            { Count = 4 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }
}
