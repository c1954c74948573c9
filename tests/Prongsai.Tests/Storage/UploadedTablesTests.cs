using System.Text;
using Microsoft.Extensions.Options;
using Prongsai.Core.Storage.Archives;
using Prongsai.Documents.Spreadsheets;

namespace Prongsai.Tests.Storage;

/// <summary>Every import reads a clerk's table the same way: CSV in either Thai encoding or an .xlsx, by its bytes.</summary>
public sealed class UploadedTablesTests
{
    private static readonly UploadedTables Tables = new(Options.Create(new ArchiveLimits()));

    [Fact]
    public void A_workbook_is_read_as_its_first_sheet()
    {
        var bytes = SimpleSheets.Write("แผ่นงาน", [], ["ชื่องานบริการ", "ต.ค."], [["รับชำระภาษีที่ดิน", "12"]]);

        var table = Tables.Read(bytes);

        Assert.Null(table.Problem);
        Assert.Equal("Excel (.xlsx)", table.Format);
        Assert.Equal(["ชื่องานบริการ", "ต.ค."], table.Rows[0]);
        Assert.Equal(["รับชำระภาษีที่ดิน", "12"], table.Rows[1]);
    }

    [Fact]
    public void A_tis620_csv_is_decoded()
    {
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(874)!.GetBytes("ชื่องานบริการ,ต.ค.\r\nรับชำระภาษีที่ดิน,\"1,250\"\r\n");

        var table = Tables.Read(bytes);

        Assert.Null(table.Problem);
        Assert.Equal("CSV", table.Format);
        Assert.Equal(["รับชำระภาษีที่ดิน", "1,250"], table.Rows[1]);
    }

    [Fact]
    public void An_old_xls_is_refused_with_what_to_do()
    {
        var table = Tables.Read(CompoundFiles.Xls());

        Assert.False(table.Succeeded);
        Assert.Contains("บันทึกเป็น Excel (.xlsx) หรือ CSV", table.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%PDF-1.7\n1 0 obj\n")]
    [InlineData("PK\u0003\u0004not a workbook")]
    public void Another_kind_of_file_is_refused(string start)
    {
        var table = Tables.Read(Encoding.Latin1.GetBytes(start));

        Assert.Equal("ไฟล์นี้ไม่ใช่ CSV หรือ Excel (.xlsx) กรุณาใช้ไฟล์ตามต้นแบบ", table.Problem);
    }

    [Fact]
    public void An_empty_file_says_so()
    {
        Assert.Equal("ไฟล์ว่างเปล่า", Tables.Read([]).Problem);
    }

    [Fact]
    public async Task A_stream_up_to_the_limit_is_read_and_one_byte_more_is_too_large()
    {
        var bytes = Encoding.UTF8.GetBytes("ชื่องานบริการ,ต.ค.\r\nรับชำระภาษีที่ดิน,12\r\n");

        var table = await Tables.ReadAsync(new MemoryStream(bytes), bytes.Length);
        var tooLarge = await Tables.ReadAsync(new MemoryStream(bytes), bytes.Length - 1);

        Assert.Null(table.Problem);
        Assert.Equal(["รับชำระภาษีที่ดิน", "12"], table.Rows[1]);
        Assert.False(tooLarge.Succeeded);
        Assert.Empty(tooLarge.Rows);
        Assert.Equal("ไฟล์ใหญ่เกินกำหนด (ไม่เกิน 1 MB) กรุณาลบแผ่นงานอื่น รูปภาพ และแถวที่ไม่ใช้ออกจากไฟล์ แล้วนำเข้าใหม่",
            (await Tables.ReadAsync(new MemoryStream(new byte[(1024 * 1024) + 1]), 1024 * 1024)).Problem);
    }
}
