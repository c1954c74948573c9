using DocumentFormat.OpenXml.Packaging;
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
