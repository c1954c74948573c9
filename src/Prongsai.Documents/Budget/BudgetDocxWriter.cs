using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Prongsai.Core.Budget;

namespace Prongsai.Documents.Budget;

/// <summary>
/// A report as a Word document (A4, TH Sarabun New 14 pt, Thai complex-script settings): title, summary, then the
/// tables of <see cref="BudgetSections"/> with their header rows repeated across pages. The charts are in the page and
/// the PDF; the DOCX keeps the numbers, for offices that edit before signing. The title is "heading 1", the tables'
/// captions "heading 2" (<see cref="ThaiWordStyles"/>).
/// </summary>
public static class BudgetDocxWriter
{
    private const string Size = "28"; // half-points: 14 pt

    public static void Write(BudgetReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document, autoSave: true);
        var main = document.AddMainDocumentPart();
        ThaiWordStyles.Add(main, ThaiRun.Font, Size, Size, Size);
        ThaiWordStyles.Describe(document, report.Title);
        var body = new Body();
        body.Append(ThaiWordStyles.AsHeading(Paragraph(report.Title, bold: false, centre: true), 1));
        if (report.IsSample)
        {
            body.Append(Paragraph("ตัวอย่าง — ข้อมูลสมมติเพื่อสาธิตระบบ", bold: true, centre: true));
        }

        foreach (var line in BudgetSections.Summary(report))
        {
            body.Append(Paragraph(line, bold: false, centre: true));
        }

        foreach (var section in BudgetSections.For(report))
        {
            body.Append(ThaiWordStyles.AsHeading(Paragraph(section.Caption, bold: false, centre: false), 2));
            body.Append(Table(section));
        }

        body.Append(new SectionProperties(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1000, Bottom = 1000, Left = 1000U, Right = 1000U, Header = 500U, Footer = 500U, Gutter = 0U }));
        main.Document = new Document(body);
    }

    private static Paragraph Paragraph(string text, bool bold, bool centre, bool right = false)
    {
        var properties = new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto });
        if (centre || right)
        {
            properties.Append(new Justification { Val = centre ? JustificationValues.Center : JustificationValues.Right });
        }

        return new Paragraph(properties, Run(text, bold));
    }

    private static Run Run(string text, bool bold) => new(ThaiRun.Properties(Size, bold), OfficeText.Word(text));

    private static Table Table(BudgetSection section)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }, border));
        table.Append(Forms.WordGrid.Even(section.Headings.Count, 11906 - 2000));
        table.Append(Row(section.Headings, section, header: true));
        foreach (var row in section.Rows)
        {
            table.Append(Row(row, section, header: false));
        }

        if (section.Totals is { } totals)
        {
            table.Append(Row(totals, section, header: false, bold: true));
        }

        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, BudgetSection section, bool header, bool bold = false)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        for (var c = 0; c < cells.Count; c++)
        {
            var numeric = !header && section.NumericColumns.Contains(c);
            row.Append(new TableCell(Paragraph(cells[c], header || bold, centre: header, right: numeric)));
        }

        return row;
    }
}
