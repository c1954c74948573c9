using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Prongsai.Core.Ita.Submission;

namespace Prongsai.Documents.Ita;

/// <summary>
/// The ITAS submission sheet as DOCX (OpenXml only): a heading with the organization and fiscal year, then a table
/// with one row per item (code, title, มี/ไม่มี, URLs one per line, note), in TH Sarabun New with the language th-TH
/// (<see cref="ThaiRun"/>). Fixed column widths: the item's name and the addresses get the room, the code and the answer
/// only theirs. The title is in the style "heading 1" (<see cref="ThaiWordStyles"/>) and is the file's Title property.
/// </summary>
public static class SubmissionDocxWriter
{
    // A4 landscape less the margins, in twentieths of a point.
    private const int TextWidth = 16838 - 2000;

    // Per cent of the text width: รหัส, ข้อ, มี/ไม่มี, URL, หมายเหตุ.
    private static readonly int[] ColumnPercents = [7, 36, 8, 33, 16];

    public static void Write(SubmissionSheet sheet, Stream output)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document, autoSave: true);
        var main = document.AddMainDocumentPart();
        ThaiWordStyles.Add(main, ThaiRun.Font, "28", "36");
        var title = string.Create(CultureInfo.InvariantCulture, $"การเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ พ.ศ. {sheet.FiscalYear}");
        ThaiWordStyles.Describe(document, title);
        var body = new Body();
        body.Append(ThaiWordStyles.AsHeading(Paragraph(title, bold: false, size: 36), 1));
        body.Append(Paragraph(sheet.OrganizationName, bold: true, size: 32));
        body.Append(Paragraph(sheet.CatalogLabel, bold: false, size: 28));

        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(Forms.WordGrid.Of(ColumnPercents, TextWidth));
        table.Append(RowOf(SubmissionSheet.Headers, header: true));
        foreach (var row in sheet.Rows)
        {
            table.Append(RowOf([row.Code, row.Title, row.Answer, SubmissionSheet.UrlCell(row), row.Note], header: false));
        }

        body.Append(table);
        body.Append(new SectionProperties(new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape },
            new PageMargin { Top = 1000, Bottom = 1000, Left = 1000, Right = 1000 }));
        main.Document = new Document(body);
    }

    private static TableRow RowOf(IReadOnlyList<string> cells, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        for (var c = 0; c < cells.Count; c++)
        {
            var text = cells[c];
            var cell = new TableCell(new TableCellProperties(new TableCellWidth
            {
                Type = TableWidthUnitValues.Pct,
                Width = (ColumnPercents[c] * 50).ToString(CultureInfo.InvariantCulture),
            }));
            var lines = text.Split('\n');
            foreach (var line in lines)
            {
                cell.Append(Paragraph(line, header, 28));
            }

            row.Append(cell);
        }

        return row;
    }

    private static Paragraph Paragraph(string text, bool bold, int size) =>
        new(new Run(ThaiRun.Properties(size.ToString(CultureInfo.InvariantCulture), bold), OfficeText.Word(text)));
}
