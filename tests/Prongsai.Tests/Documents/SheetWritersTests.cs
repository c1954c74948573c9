using DocumentFormat.OpenXml.Packaging;
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
}
