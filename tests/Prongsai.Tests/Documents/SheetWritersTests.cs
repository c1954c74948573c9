using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Prongsai.Documents.Forms;
using Prongsai.Documents.Measures;
using Prongsai.Documents.Requests;
using Prongsai.Documents.Spreadsheets;

namespace Prongsai.Tests.Documents;

/// <summary>The two small workbook writers behind most "download as Excel" buttons make files Excel opens.</summary>
public sealed class SheetWritersTests
{
    private static readonly string[] Header = ["ลำดับ", "รายการ", "จำนวนเงิน"];
    private static readonly IReadOnlyList<string>[] Rows = [["1", "จัดซื้อวัสดุสำนักงาน & <อื่น ๆ>", "1,500.00"], ["2", "ค่าน้ำมัน\nเชื้อเพลิง", ""]];

    [Fact]
    public void The_table_writer_makes_a_valid_workbook()
    {
        using var buffer = new MemoryStream();
        TableXlsxWriter.Write(buffer, "ตาราง", Header, Rows);
        buffer.Position = 0;
        using (var workbook = SpreadsheetDocument.Open(buffer, false))
        {
            OfficeAssert.Valid(workbook);
        }

        buffer.Position = 0;
        var (rows, problem) = SimpleSheets.ReadFirstSheet(buffer);
        Assert.Null(problem);
        Assert.Contains(rows!, r => r.Contains("จัดซื้อวัสดุสำนักงาน & <อื่น ๆ>"));
    }

    [Fact]
    public void The_table_writer_stores_the_number_columns_as_numbers_and_the_rest_as_text()
    {
        string[] header = ["ลำดับ", "ปีงบประมาณ", "รายการ", "จำนวนเงิน", "คะแนน", "เวลาเฉลี่ย (วัน)"];
        IReadOnlyList<string>[] rows =
        [
            ["1", "2568", "ของขวัญปีใหม่ กระเช้าผลไม้", "30,000.00", "12", "2.5"],
            ["2", "2568", "ค่าน้ำมัน", "3500.00", "0", ""],
            ["3", "2568", "ไม่ระบุ", "-", "48", "0.0"],
        ];
        using var buffer = new MemoryStream();
        TableXlsxWriter.Write(buffer, "ตาราง", header, rows,
            ("ลำดับ", ColumnKind.Count), ("จำนวนเงิน", ColumnKind.Money), ("คะแนน", ColumnKind.Count), ("เวลาเฉลี่ย (วัน)", ColumnKind.Decimal));
        buffer.Position = 0;
        using var workbook = SpreadsheetDocument.Open(buffer, false);
        OfficeAssert.Valid(workbook);
        var sheet = new ReadSheet(workbook);

        Assert.Equal(30_000m, sheet.Number("D2"));
        Assert.Equal(3_500m, sheet.Number("D3"));
        Assert.Equal(48m, sheet.Number("E4"));
        Assert.Equal(0m, sheet.Number("E3"));
        Assert.Equal(2.5m, sheet.Number("F2"));
        Assert.Equal(1m, sheet.Number("A2"));
        Assert.Equal("#,##0.00", sheet.Format("D2"));
        Assert.Equal("#,##0", sheet.Format("E2"));
        Assert.Equal("#,##0", sheet.Format("A2"));

        // Text stays text, Thai intact, a year included; a dash in a money column is kept as typed; nothing is an empty number.
        Assert.Equal("ของขวัญปีใหม่ กระเช้าผลไม้", sheet.Text("C2"));
        Assert.Equal("2568", sheet.Text("B2"));
        Assert.Equal("-", sheet.Text("D4"));
        Assert.Null(sheet.Cell("F3").CellValue);
        Assert.Equal("#,##0.0#", sheet.Format("F3"));

        // The header: bold, frozen; columns as wide as their content; the workbook's font shows Thai.
        Assert.Equal("จำนวนเงิน", sheet.Text("D1"));
        Assert.True(sheet.Bold("D1"));
        Assert.False(sheet.Bold("D2"));
        var pane = sheet.Part.Worksheet!.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
        var widths = sheet.Part.Worksheet.Descendants<Column>().Select(c => c.Width!.Value).ToList();
        Assert.Equal(header.Length, widths.Count);
        Assert.True(widths[2] > widths[0], "the item column is wider than the row numbers");
        var font = workbook.WorkbookPart!.WorkbookStylesPart!.Stylesheet!.Fonts!.Elements<Font>().First();
        Assert.Equal("TH Sarabun New", font.GetFirstChild<FontName>()!.Val!.Value);
        Assert.Equal(222, font.GetFirstChild<FontCharSet>()!.Val!.Value);

        // What the import reads back is the value, whatever its kind.
        buffer.Position = 0;
        var (read, problem) = SimpleSheets.ReadFirstSheet(buffer);
        Assert.Null(problem);
        Assert.Equal(["2", "2568", "ค่าน้ำมัน", "3500.00", "0"], read![2].Take(5));
    }

    [Fact]
    public void A_number_column_the_header_does_not_have_is_refused()
    {
        using var buffer = new MemoryStream();
        Assert.Throws<ArgumentException>(() => TableXlsxWriter.Write(buffer, "ตาราง", Header, Rows, ("มูลค่า", ColumnKind.Money)));
    }

    [Fact]
    public void The_titled_sheet_writer_makes_a_valid_workbook()
    {
        var file = SimpleSheets.Write("ทะเบียน", ["ทะเบียนทรัพย์สิน ปีงบประมาณ 2568"], Header, Rows);
        using (var workbook = SpreadsheetDocument.Open(new MemoryStream(file), false))
        {
            OfficeAssert.Valid(workbook);
        }

        var (rows, problem) = SimpleSheets.ReadFirstSheet(new MemoryStream(file));
        Assert.Null(problem);
        Assert.Contains(rows!, r => r.Contains("ค่าน้ำมัน\nเชื้อเพลิง"));
    }

    /// <summary>Text pasted from Word carries its line break (U+000B) and page break (U+000C), which XML cannot hold: a
    /// writer that passed them on threw, and one such title broke every download it appeared in.</summary>
    private const string Pasted = "ค่าน้ำมัน\vเชื้อเพลิง\f\u0001หมู่ 3";

    [Fact]
    public void Text_pasted_from_word_with_its_breaks_makes_valid_workbooks_and_documents()
    {
        using var table = new MemoryStream();
        TableXlsxWriter.Write(table, "ตาราง", Header, [["1", Pasted, ""]]);
        table.Position = 0;
        var (rows, problem) = SimpleSheets.ReadFirstSheet(table);
        Assert.Null(problem);
        Assert.Contains(rows!, r => r.Contains("ค่าน้ำมัน\nเชื้อเพลิง\nหมู่ 3"));

        var titled = SimpleSheets.Write("ทะเบียน", [Pasted], Header, [["1", Pasted, ""]]);
        using (var workbook = SpreadsheetDocument.Open(new MemoryStream(titled), false))
        {
            OfficeAssert.Valid(workbook);
        }

        var form = FormDocxWriter.Write(new PrintedForm(Pasted, [new FormParagraph(Pasted), new FormTable([new FormColumn("รายการ", 100)], [[Pasted]])]));
        using (var word = WordprocessingDocument.Open(new MemoryStream(form), false))
        {
            OfficeAssert.Valid(word);
            Assert.Contains("ค่าน้ำมัน\nเชื้อเพลิง", word.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
        }

        var report = new MeasuresReportBuilder().WithTitle(Pasted).WithIntroduction(Pasted).WithBangkhaMeasures().Build();
        using var reportDocx = new MemoryStream();
        ReportDocxWriter.Write(report, reportDocx);
        reportDocx.Position = 0;
        using (var word = WordprocessingDocument.Open(reportDocx, false))
        {
            OfficeAssert.Valid(word);
        }

        using var reportXlsx = new MemoryStream();
        ReportXlsxWriter.Write(report, reportXlsx);
        reportXlsx.Position = 0;
        using (var workbook = SpreadsheetDocument.Open(reportXlsx, false))
        {
            OfficeAssert.Valid(workbook);
        }
    }
}
