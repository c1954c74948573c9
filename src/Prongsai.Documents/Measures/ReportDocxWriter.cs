using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Prongsai.Core.Measures.Reports;

namespace Prongsai.Documents.Measures;

/// <summary>
/// Writes the measures report as an official-looking DOCX: A4 landscape, TH SarabunPSK 16 pt
/// (fallback Laksaman, metric-compatible, on servers without the font), the title, the introduction and one
/// six-column table whose header row repeats on every page. Steps and results are real Word numbered lists,
/// restarting at 1 in every cell. Word and LibreOffice break Thai lines between words by themselves. The title is in
/// the style "heading 1" (<see cref="ThaiWordStyles"/>) and is the file's Title property.
/// </summary>
public static class ReportDocxWriter
{
    /// <summary>Font named first in every run; official documents use it.</summary>
    public const string FontName = "TH SarabunPSK";

    /// <summary>Font-table alternative; fontconfig on Linux also maps TH SarabunPSK / TH Sarabun New to it.</summary>
    public const string FallbackFontName = "Laksaman";

    private const string HalfPoints = "32"; // 16 pt
    private const int PageWidth = 16838; // A4 long side, twips
    private const int PageHeight = 11906;
    private const int Margin = 720; // 12.7 mm
    private const int ListAbstractId = 1;

    // Column widths in twips; they add up to the text width (PageWidth - 2 * Margin = 15398).
    private static readonly int[] ColumnWidths = [2300, 3800, 1500, 1600, 3800, 2398];

    public static void Write(MeasuresReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);

        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document, autoSave: true);
        var main = document.AddMainDocumentPart();
        AddStyles(main);
        AddFontTable(main);
        ThaiWordStyles.Describe(document, report.Title);
        var numbering = main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = new Numbering(ListDefinition());

        var body = new Body();
        body.Append(ThaiWordStyles.AsHeading(TextParagraph(report.Title, bold: false, JustificationValues.Center), 1));
        foreach (var line in report.Introduction.Split('\n'))
        {
            if (line.Trim().Length > 0)
            {
                var intro = TextParagraph(line.Trim(), bold: false, JustificationValues.Both);
                intro.ParagraphProperties!.Indentation = new Indentation { FirstLine = "720" };
                body.Append(intro);
            }
        }

        body.Append(MeasuresTable(report, numbering.Numbering));
        body.Append(new Paragraph()); // Word wants a paragraph after a table
        body.Append(SectionProperties());
        main.Document = new Document(body);
    }

    private static Table MeasuresTable(MeasuresReport report, Numbering numbering)
    {
        var table = new Table();
        var borders = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        table.Append(new TableProperties(
            new TableWidth { Width = "15398", Type = TableWidthUnitValues.Dxa },
            borders,
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa }),
            new TableLook { Val = "04A0", FirstRow = true, NoVerticalBand = true }));

        var grid = new TableGrid();
        foreach (var width in ColumnWidths)
        {
            grid.Append(new GridColumn { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        table.Append(grid);

        var header = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        for (var i = 0; i < ReportColumns.TableHeadings.Length; i++)
        {
            var cell = Cell(i);
            cell.TableCellProperties!.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "E7E6E6" });
            cell.Append(TextParagraph(ReportColumns.TableHeadings[i], bold: true, JustificationValues.Center));
            header.Append(cell);
        }

        table.Append(header);

        var nextNumId = 1;
        foreach (var measure in report.Measures)
        {
            var row = new TableRow();
            row.Append(TextCell(0, string.IsNullOrWhiteSpace(measure.Number) ? measure.Title : $"{measure.Number}. {measure.Title}"));
            row.Append(ListCell(1, measure.Steps, numbering, ref nextNumId));
            row.Append(LinesCell(2, measure.Responsible));
            row.Append(TextCell(3, measure.Period.Text));
            row.Append(ListCell(4, measure.Results, numbering, ref nextNumId));
            row.Append(TextCell(5, measure.Outcome));
            table.Append(row);
        }

        return table;
    }

    private static TableCell Cell(int column) =>
        new(new TableCellProperties(new TableCellWidth
        {
            Width = ColumnWidths[column].ToString(System.Globalization.CultureInfo.InvariantCulture),
            Type = TableWidthUnitValues.Dxa,
        }));

    private static TableCell TextCell(int column, string text)
    {
        var cell = Cell(column);
        cell.Append(TextParagraph(text, bold: false, justification: null));
        return cell;
    }

    private static TableCell LinesCell(int column, IReadOnlyList<string> lines)
    {
        var cell = Cell(column);
        foreach (var line in lines)
        {
            cell.Append(TextParagraph(line, bold: false, justification: null));
        }

        if (lines.Count == 0)
        {
            cell.Append(new Paragraph());
        }

        return cell;
    }

    /// <summary>One numbering instance per cell (with a start override) so every cell counts from 1.</summary>
    private static TableCell ListCell(int column, IReadOnlyList<string> items, Numbering numbering, ref int nextNumId)
    {
        var cell = Cell(column);
        if (items.Count == 0)
        {
            cell.Append(new Paragraph());
            return cell;
        }

        var numId = nextNumId++;
        numbering.Append(new NumberingInstance(
            new AbstractNumId { Val = ListAbstractId },
            new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 })
        { NumberID = numId });

        foreach (var item in items)
        {
            var paragraph = TextParagraph(item, bold: false, justification: null);
            paragraph.ParagraphProperties!.PrependChild(new NumberingProperties(
                new NumberingLevelReference { Val = 0 },
                new NumberingId { Val = numId }));
            paragraph.ParagraphProperties.PrependChild(new ParagraphStyleId { Val = "ListParagraph" });
            cell.Append(paragraph);
        }

        return cell;
    }

    private static Paragraph TextParagraph(string text, bool bold, JustificationValues? justification)
    {
        var properties = new ParagraphProperties();
        if (justification is { } j)
        {
            properties.Justification = new Justification { Val = j };
        }

        var runProperties = new RunProperties();
        if (bold)
        {
            runProperties.Append(new Bold(), new BoldComplexScript());
        }

        runProperties.Append(new ComplexScript()); // Thai is a complex script: use the cs font and szCs
        return new Paragraph(properties, new Run(runProperties, OfficeText.Word(text)));
    }

    private static AbstractNum ListDefinition() =>
        new(
            new MultiLevelType { Val = MultiLevelValues.SingleLevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Decimal },
                new LevelText { Val = "%1." },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "340", Hanging = "340" }),
                new NumberingSymbolRunProperties(
                    new RunFonts { Ascii = FontName, HighAnsi = FontName, ComplexScript = FontName },
                    new FontSize { Val = HalfPoints },
                    new FontSizeComplexScript { Val = HalfPoints }))
            { LevelIndex = 0 })
        { AbstractNumberId = ListAbstractId };

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        var defaults = new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = FontName, HighAnsi = FontName, EastAsia = FontName, ComplexScript = FontName },
                new FontSize { Val = HalfPoints },
                new FontSizeComplexScript { Val = HalfPoints },
                new Languages { Val = "th-TH", EastAsia = "th-TH", Bidi = "th-TH" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto })));
        var normal = new Style(new StyleName { Val = "Normal" }, new PrimaryStyle())
        {
            Type = StyleValues.Paragraph,
            StyleId = "Normal",
            Default = true,
        };
        var listParagraph = new Style(
            new StyleName { Val = "List Paragraph" },
            new BasedOn { Val = "Normal" },
            new StyleParagraphProperties(new Indentation { Left = "340" }))
        {
            Type = StyleValues.Paragraph,
            StyleId = "ListParagraph",
        };
        styles.Styles = new Styles(defaults, normal, listParagraph);
        ThaiWordStyles.AddHeadings(styles.Styles, FontName, HalfPoints);
    }

    private static void AddFontTable(MainDocumentPart main)
    {
        var fonts = main.AddNewPart<FontTablePart>();
        fonts.Fonts = new Fonts(
            new Font(
                new AltName { Val = FallbackFontName },
                new FontCharSet { Val = "DE" }, // THAI_CHARSET
                new FontFamily { Val = FontFamilyValues.Swiss },
                new Pitch { Val = FontPitchValues.Variable })
            { Name = FontName },
            new Font(
                new FontCharSet { Val = "DE" },
                new FontFamily { Val = FontFamilyValues.Swiss },
                new Pitch { Val = FontPitchValues.Variable })
            { Name = FallbackFontName });
    }

    private static SectionProperties SectionProperties() =>
        new(
            new PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Landscape },
            new PageMargin
            {
                Top = Margin,
                Bottom = Margin,
                Left = Margin,
                Right = Margin,
                Header = 400,
                Footer = 400,
                Gutter = 0,
            });
}
