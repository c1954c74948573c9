using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Prongsai.Documents.Procurement;

/// <summary>The สขร.1 as a Word document: A4 landscape, TH Sarabun New 14 pt, the nine-column table with borders.</summary>
public static class MonthlySummaryDocx
{
    private const string Font = "TH Sarabun New";

    public static byte[] Write(MonthlySummary summary)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            body.Append(Paragraph("แบบ สขร.1", bold: true, JustificationValues.Right));
            body.Append(Paragraph(summary.Title, bold: true, JustificationValues.Center));
            body.Append(Paragraph(summary.OrganizationName, bold: false, JustificationValues.Center));
            if (summary.IsSample)
            {
                body.Append(Paragraph("ข้อมูลตัวอย่าง", bold: true, JustificationValues.Center));
            }

            var table = new Table(new TableProperties(
                new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                    new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
            table.Append(Forms.WordGrid.Of(MonthlySummary.Widths, 16838 - (2 * 680)));
            table.Append(Row(MonthlySummary.Headings, header: true));
            if (summary.Records.Count == 0)
            {
                var cell = Cell(MonthlySummary.NoProcurement, bold: true, JustificationValues.Center);
                cell.TableCellProperties!.Append(new GridSpan { Val = 9 });
                table.Append(new TableRow(cell));
            }

            foreach (var row in summary.Rows)
            {
                table.Append(Row(row, header: false));
            }

            body.Append(table);
            body.Append(Paragraph(summary.TotalLine, bold: false, JustificationValues.Left));
            // A4 landscape: 297 × 210 mm in twentieths of a point, 12 mm margins.
            body.Append(new SectionProperties(
                new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape },
                new PageMargin { Top = 680, Bottom = 680, Left = 680, Right = 680, Header = 400, Footer = 400, Gutter = 0 }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return buffer.ToArray();
    }

    private static TableRow Row(IReadOnlyList<string> cells, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        for (var i = 0; i < cells.Count; i++)
        {
            var align = header || i is 0 or 4 ? JustificationValues.Center : i is 2 or 3 ? JustificationValues.Right : JustificationValues.Left;
            var cell = Cell(cells[i], header, align);
            cell.TableCellProperties!.Append(new TableCellWidth { Type = TableWidthUnitValues.Pct, Width = (MonthlySummary.Widths[i] * 50).ToString(System.Globalization.CultureInfo.InvariantCulture) });
            row.Append(cell);
        }

        return row;
    }

    private static TableCell Cell(string text, bool bold, JustificationValues align)
    {
        var cell = new TableCell(new TableCellProperties());
        foreach (var line in text.Split('\n'))
        {
            cell.Append(Paragraph(line, bold, align));
        }

        return cell;
    }

    private static Paragraph Paragraph(string text, bool bold, JustificationValues align)
    {
        // The schema's order: fonts, bold, size.
        var properties = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font });
        if (bold)
        {
            properties.Append(new Bold(), new BoldComplexScript());
        }

        properties.Append(new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" });

        return new Paragraph(
            new ParagraphProperties(new SpacingBetweenLines { After = "0" }, new Justification { Val = align }),
            new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
