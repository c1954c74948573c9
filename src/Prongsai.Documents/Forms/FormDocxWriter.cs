using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Prongsai.Documents.Forms;

/// <summary>
/// A <see cref="PrintedForm"/> as a Word document: A4 (landscape when the form asks), TH Sarabun New 14 pt with the
/// Thai complex-script settings Word needs to shape and break Thai, tables with borders and their header row repeated
/// on every page, the signature boxes side by side in a table without borders. The title is in the style "heading 1" and
/// the headings in "heading 2" (<see cref="ThaiWordStyles"/>), and the file's Title property is the form's title.
/// </summary>
public static class FormDocxWriter
{
    private const string Size = "28"; // half-points: 14 pt

    public static byte[] Write(PrintedForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            ThaiWordStyles.Add(main, ThaiRun.Font, Size, Size, Size);
            ThaiWordStyles.Describe(document, form.Title);
            main.Document = new Document(Body(form));
            main.Document.Save();
        }

        return buffer.ToArray();
    }

    private static Body Body(PrintedForm form)
    {
        var body = new Body();
        if (form.Corner is { } corner)
        {
            body.Append(Paragraph(corner, bold: true, FormAlign.Right));
        }

        body.Append(ThaiWordStyles.AsHeading(Paragraph(form.Title, bold: false, FormAlign.Centre), 1));
        foreach (var line in form.Subtitle)
        {
            body.Append(Paragraph(line, bold: false, FormAlign.Centre));
        }

        foreach (var block in form.Blocks)
        {
            switch (block)
            {
                case FormHeading heading:
                    body.Append(ThaiWordStyles.AsHeading(Paragraph(heading.Text, bold: false, FormAlign.Left, spaceBefore: true), 2));
                    break;
                case FormParagraph paragraph:
                    body.Append(Paragraph(paragraph.Text, bold: false, FormAlign.Left));
                    break;
                case FormTable table:
                    body.Append(Table(table, TextWidth(form)));
                    break;
            }
        }

        if (form.Signatures.Count > 0)
        {
            body.Append(Paragraph("", bold: false, FormAlign.Left));
            body.Append(Signatures(form.Signatures, TextWidth(form)));
        }

        // A4 in twentieths of a point, 12 mm margins.
        body.Append(new SectionProperties(
            form.Landscape
                ? new PageSize { Width = 16838U, Height = 11906U, Orient = PageOrientationValues.Landscape }
                : new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 680, Bottom = 680, Left = 680U, Right = 680U, Header = 400U, Footer = 400U, Gutter = 0U }));
        return body;
    }

    /// <summary>The width between the margins, in twentieths of a point.</summary>
    private static int TextWidth(PrintedForm form) => (form.Landscape ? 16838 : 11906) - (2 * 680);

    private static Table Table(FormTable form, int textWidth)
    {
        var single = BorderValues.Single; // the schema's order: top, left, bottom, right, inside
        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(
                new TopBorder { Val = single, Size = 4 }, new LeftBorder { Val = single, Size = 4 },
                new BottomBorder { Val = single, Size = 4 }, new RightBorder { Val = single, Size = 4 },
                new InsideHorizontalBorder { Val = single, Size = 4 }, new InsideVerticalBorder { Val = single, Size = 4 }),
            new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(WordGrid.Of(form.Columns.Select(c => c.WidthPercent), textWidth));
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        foreach (var column in form.Columns)
        {
            header.Append(Cell(column, new FormCell(column.Heading, "E7E6E6", Bold: true), FormAlign.Centre));
        }

        table.Append(header);
        if (form.Rows.Count == 0)
        {
            var empty = Cell(form.Columns[0], form.Empty, FormAlign.Centre);
            empty.TableCellProperties!.Append(new GridSpan { Val = form.Columns.Count });
            table.Append(new TableRow(empty));
        }

        foreach (var cells in form.Rows)
        {
            var row = new TableRow(new TableRowProperties(new CantSplit()));
            for (var c = 0; c < form.Columns.Count; c++)
            {
                row.Append(Cell(form.Columns[c], c < cells.Count ? cells[c] : "", form.Columns[c].Align));
            }

            table.Append(row);
        }

        return table;
    }

    private static TableCell Cell(FormColumn column, FormCell content, FormAlign align)
    {
        var properties = new TableCellProperties(new TableCellWidth
        {
            Type = TableWidthUnitValues.Pct,
            Width = (column.WidthPercent * 50).ToString(CultureInfo.InvariantCulture),
        });
        if (content.Fill is { } fill)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        }

        var cell = new TableCell(properties);
        foreach (var line in content.Text.Split('\n'))
        {
            cell.Append(Paragraph(line, content.Bold, align));
        }

        return cell;
    }

    private static Table Signatures(IReadOnlyList<FormSignature> signatures, int textWidth)
    {
        var none = BorderValues.None;
        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(new TopBorder { Val = none }, new LeftBorder { Val = none }, new BottomBorder { Val = none },
                new RightBorder { Val = none }, new InsideHorizontalBorder { Val = none }, new InsideVerticalBorder { Val = none })));
        table.Append(WordGrid.Even(signatures.Count, textWidth));
        var row = new TableRow(new TableRowProperties(new CantSplit()));
        foreach (var signature in signatures)
        {
            var cell = new TableCell(new TableCellProperties(new TableCellWidth
            {
                Type = TableWidthUnitValues.Pct,
                Width = (5000 / signatures.Count).ToString(CultureInfo.InvariantCulture),
            }));
            foreach (var line in FormSignatureLines.Of(signature))
            {
                cell.Append(Paragraph(line, bold: false, FormAlign.Centre));
            }

            row.Append(cell);
        }

        table.Append(row);
        return table;
    }

    private static Paragraph Paragraph(string text, bool bold, FormAlign align, bool spaceBefore = false)
    {
        var paragraph = new ParagraphProperties(new SpacingBetweenLines { Before = spaceBefore ? "160" : "0", After = "0" });
        if (align != FormAlign.Left)
        {
            paragraph.Append(new Justification { Val = align == FormAlign.Centre ? JustificationValues.Center : JustificationValues.Right });
        }

        return new Paragraph(paragraph, new Run(ThaiRun.Properties(Size, bold), OfficeText.Word(text)));
    }
}

/// <summary>The lines of a signature box, the same in Word and on paper from the PDF.</summary>
internal static class FormSignatureLines
{
    public const string Dots = "ลงชื่อ ..................................................";

    public static IEnumerable<string> Of(FormSignature signature)
    {
        yield return Dots;
        yield return "(" + (signature.Name ?? "..................................................") + ")";
        yield return signature.Role;
        yield return signature.Date ?? "วันที่ ........ เดือน .................... พ.ศ. ..........";
    }
}
