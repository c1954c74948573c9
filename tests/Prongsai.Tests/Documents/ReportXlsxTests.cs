using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Prongsai.Documents.Measures;

namespace Prongsai.Tests.Documents;

public class ReportXlsxTests
{
    private static readonly Prongsai.Core.Measures.Reports.MeasuresReport Report = MeasuresReportBuilder.BangkhaFiscal2567();

    private static MemoryStream Write()
    {
        var stream = new MemoryStream();
        ReportXlsxWriter.Write(Report, stream);
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void Write_TwoSheets_BoldFrozenHeader_WrappedStringCells_ThaiFont()
    {
        using var stream = Write();
        using var doc = SpreadsheetDocument.Open(stream, false);
        OfficeAssert.Valid(doc);
        var workbook = doc.WorkbookPart!;
        var sheets = workbook.Workbook!.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["มาตรการ", "ข้อมูลรายงาน"], sheets.Select(s => s.Name!.Value));

        var measures = (WorksheetPart)workbook.GetPartById(sheets[0].Id!.Value!);
        var pane = measures.Worksheet!.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1d, pane.VerticalSplit!.Value);
        Assert.NotEmpty(measures.Worksheet.Descendants<Column>());

        var cells = measures.Worksheet.Descendants<Cell>().ToList();
        Assert.Equal((1 + Report.Measures.Count) * 12, cells.Count);
        Assert.All(cells, c => Assert.Equal(CellValues.SharedString, c.DataType!.Value)); // periods and numbers stay text

        var stylesheet = workbook.WorkbookStylesPart!.Stylesheet!;
        var formats = stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var fonts = stylesheet.Fonts!.Elements<Font>().ToList();
        var headerFormat = formats[(int)cells[0].StyleIndex!.Value];
        Assert.NotNull(fonts[(int)headerFormat.FontId!.Value].Bold);
        Assert.All(fonts, f => Assert.Equal("TH SarabunPSK", f.FontName!.Val!.Value));
        Assert.True(formats[(int)cells[^1].StyleIndex!.Value].Alignment!.WrapText!.Value);

        var shared = workbook.SharedStringTablePart!.SharedStringTable!.Elements<SharedStringItem>().Select(i => i.InnerText).ToList();
        Assert.Contains("ตุลาคม 2566- มีนาคม 2567", shared);
        Assert.Single(shared, s => s == "กองคลัง"); // de-duplicated
    }

    [Fact]
    public void WriteThenRead_RoundTripsTheReport()
    {
        using var stream = Write();

        var result = ReportXlsxReader.Read(stream);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        var read = result.Report!;
        ReportAssert.SameTable(Report, read, withMachineColumns: true);
        Assert.Equal(Report.FiscalYear, read.FiscalYear);
        Assert.Equal(Report.Version, read.Version);
        Assert.Equal(Report.Organization, read.Organization);
        Assert.Equal(Report.PublishedAt, read.PublishedAt);
    }

    [Fact]
    public void Read_InlineStringCells_AndNumberCells()
    {
        // As other tools write it: inline strings, a number cell for the percentage, no info sheet, a gap row.
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            var ws = wb.AddNewPart<WorksheetPart>();
            static Cell Inline(string reference, string text) =>
                new(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text))) { CellReference = reference, DataType = CellValues.InlineString };
            ws.Worksheet = new Worksheet(new SheetData(
                new Row(Inline("A1", "มาตรการ/แนวทาง"), Inline("B1", "steps"), Inline("D1", "percent_done")) { RowIndex = 1 },
                new Row(Inline("A3", "1. จัดทำคู่มือ"), Inline("B3", "1. ข้อแรก\n2. ข้อสอง"), new Cell { CellReference = "D3", CellValue = new CellValue("75") }) { RowIndex = 3 }));
            wb.Workbook.Append(new Sheets(new Sheet { Name = "Sheet1", SheetId = 1, Id = wb.GetIdOfPart(ws) }));
        }

        stream.Position = 0;
        var result = ReportXlsxReader.Read(stream);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        var m = Assert.Single(result.Report!.Measures);
        Assert.Equal("1", m.Number);
        Assert.Equal("จัดทำคู่มือ", m.Title);
        Assert.Equal(["ข้อแรก", "ข้อสอง"], m.Steps);
        Assert.Equal(75, m.PercentDone);
    }

    [Fact]
    public void Read_NotAnXlsx_ReturnsThaiError()
    {
        var result = ReportXlsxReader.Read(new MemoryStream("hello"u8.ToArray()));
        Assert.False(result.Succeeded);
        Assert.Equal("not-zip", Assert.Single(result.Errors).Code);
        Assert.Contains(".xlsx", result.Errors[0].Message, StringComparison.Ordinal);
    }
}
