using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Prongsai.Documents.Measures;

namespace Prongsai.Tests.Documents;

public class ReportDocxWriterTests
{
    private static readonly Prongsai.Core.Measures.Reports.MeasuresReport Report = MeasuresReportBuilder.BangkhaFiscal2567();

    private static WordprocessingDocument WriteAndOpen()
    {
        var stream = new MemoryStream();
        ReportDocxWriter.Write(Report, stream);
        stream.Position = 0;
        return WordprocessingDocument.Open(stream, false);
    }

    [Fact]
    public void Write_IsAFileWordOpens()
    {
        using var document = WriteAndOpen();
        OfficeAssert.Valid(document);
    }

    [Fact]
    public void Write_ContainsEveryTextOfTheReport_OneParagraphEach()
    {
        using var doc = WriteAndOpen();
        var paragraphs = doc.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToHashSet();

        foreach (var text in ReportAssert.AllTexts(Report))
        {
            // measure titles are written "1. title"
            Assert.Contains(paragraphs, p => p == text || p.EndsWith(". " + text, StringComparison.Ordinal));
        }

        foreach (var heading in new[] { "มาตรการ/แนวทาง", "ขั้นตอน/วิธีการดำเนินการ", "หน่วยงานผู้รับผิดชอบ", "ระยะเวลาดำเนินการ", "สรุปผลการดำเนินการ", "ผลลัพธ์/ความสำเร็จ" })
        {
            Assert.Contains(heading, paragraphs);
        }
    }

    [Fact]
    public void Write_OneTable_MeasureCellShowsNumberAsWritten_HeaderRepeats()
    {
        using var doc = WriteAndOpen();
        var table = Assert.Single(doc.MainDocumentPart!.Document!.Body!.Elements<Table>());
        var rows = table.Elements<TableRow>().ToList();
        Assert.Equal(1 + Report.Measures.Count, rows.Count);

        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties?.GetFirstChild<TableHeader>()));

        var firstCells = rows.Skip(1).Select(r => r.Elements<TableCell>().First().InnerText).ToList();
        Assert.Equal("1. จัดทำคู่มือหรือมาตรฐานการปฏิบัติงาน/มาตรฐานการให้บริการ", firstCells[0]);
        Assert.Equal(["1", "2", "3", "3", "4"], firstCells.Select(t => t[..t.IndexOf('.', StringComparison.Ordinal)]));

        Assert.NotNull(table.GetFirstChild<TableProperties>()?.TableBorders);
        var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(6, grid.Count);
        Assert.True(grid.Sum() <= 16838 - 1440, "columns fit the landscape text width");
    }

    [Fact]
    public void Write_StepsAndResults_AreRealNumberedLists_RestartingInEveryCell()
    {
        using var doc = WriteAndOpen();
        var numbering = doc.MainDocumentPart!.NumberingDefinitionsPart?.Numbering;
        Assert.NotNull(numbering);
        var abstractNum = Assert.Single(numbering.Elements<AbstractNum>());
        var level = abstractNum.Elements<Level>().Single(l => l.LevelIndex?.Value == 0);
        Assert.Equal(NumberFormatValues.Decimal, level.NumberingFormat!.Val!.Value);
        Assert.Equal("%1.", level.LevelText!.Val!.Value);

        var instances = numbering.Elements<NumberingInstance>().ToList();
        Assert.Equal(Report.Measures.Count * 2, instances.Count); // one per steps cell and one per results cell
        Assert.All(instances, n =>
        {
            Assert.Equal(abstractNum.AbstractNumberId!.Value, n.AbstractNumId!.Val!.Value);
            Assert.Equal(1, n.GetFirstChild<LevelOverride>()!.StartOverrideNumberingValue!.Val!.Value);
        });

        var body = doc.MainDocumentPart.Document!.Body!;
        var listParagraphs = body.Descendants<Paragraph>().Where(p => p.ParagraphProperties?.NumberingProperties is not null).ToList();
        Assert.Equal(Report.Measures.Sum(m => m.Steps.Count + m.Results.Count), listParagraphs.Count);
        var numIds = instances.Select(n => n.NumberID!.Value).ToHashSet();
        Assert.All(listParagraphs, p =>
        {
            Assert.Contains(p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value, numIds);
            Assert.DoesNotMatch(@"^\d+\.", p.InnerText); // the number comes from Word, not typed
        });

        // The steps of different cells use different instances (so each restarts at 1).
        var stepCellNumIds = body.Descendants<TableRow>().Skip(1)
            .Select(r => r.Elements<TableCell>().ElementAt(1).Descendants<NumberingId>().Select(n => n.Val!.Value).Distinct().Single())
            .ToList();
        Assert.Equal(stepCellNumIds.Count, stepCellNumIds.Distinct().Count());
    }

    [Fact]
    public void Write_PageIsA4Landscape_WithMargins()
    {
        using var doc = WriteAndOpen();
        var section = doc.MainDocumentPart!.Document!.Body!.GetFirstChild<SectionProperties>()!;
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal(PageOrientationValues.Landscape, size.Orient!.Value);
        Assert.Equal(16838u, size.Width!.Value);
        Assert.Equal(11906u, size.Height!.Value);
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.InRange(margin.Left!.Value, 500u, 1500u);
        Assert.InRange(margin.Top!.Value, 500, 1500);
    }

    [Fact]
    public void Write_FontsAreThSarabunPsk16pt_ForLatinAndComplexScript_WithLaksamanFallback()
    {
        using var doc = WriteAndOpen();
        var defaults = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        var fonts = defaults.RunFonts!;
        Assert.Equal("TH SarabunPSK", fonts.Ascii!.Value);
        Assert.Equal("TH SarabunPSK", fonts.HighAnsi!.Value);
        Assert.Equal("TH SarabunPSK", fonts.ComplexScript!.Value);
        Assert.Equal("32", defaults.FontSize!.Val!.Value);
        Assert.Equal("32", defaults.FontSizeComplexScript!.Val!.Value);

        var fontTable = doc.MainDocumentPart.FontTablePart!.Fonts!.Elements<Font>().ToList();
        Assert.Equal("TH SarabunPSK", fontTable[0].Name!.Value);
        Assert.Equal("Laksaman", fontTable[0].AltName!.Val!.Value);

        var runs = doc.MainDocumentPart.Document!.Body!.Descendants<Run>().ToList();
        Assert.All(runs, r => Assert.NotNull(r.RunProperties?.GetFirstChild<ComplexScript>()));
        var titleRun = runs.First(r => r.InnerText == Report.Title);
        var titleParagraph = (Paragraph)titleRun.Parent!;
        Assert.Equal(JustificationValues.Center, titleParagraph.ParagraphProperties!.Justification!.Val!.Value);
    }

    [Fact]
    public void Write_TitleIsAHeadingInTheReportFont_AndTheFilesTitleInThai()
    {
        using var doc = WriteAndOpen();
        WordAssert.Titled(doc, Report.Title);
        var heading = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Heading1");
        Assert.Equal(0, heading.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.Equal("TH SarabunPSK", heading.StyleRunProperties!.RunFonts!.ComplexScript!.Value);
        Assert.Equal("32", heading.StyleRunProperties.FontSizeComplexScript!.Val!.Value);
        Assert.NotNull(heading.StyleRunProperties.GetFirstChild<BoldComplexScript>());
    }

    [Fact]
    public void Write_OutputReadsBackThroughTheDocxReader()
    {
        using var stream = new MemoryStream();
        ReportDocxWriter.Write(Report, stream);
        stream.Position = 0;

        var result = ReportDocxReader.Read(stream);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        ReportAssert.SameTable(Report, result.Report!, withMachineColumns: false);
        Assert.Equal(2567, result.Report!.FiscalYear);
        Assert.All(result.Report.Measures, m => Assert.Null(m.Period.Start));
    }
}
