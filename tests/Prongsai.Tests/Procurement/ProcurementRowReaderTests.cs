using Microsoft.Extensions.Options;
using Prongsai.Core.Calendar;
using Prongsai.Core.Procurement;
using Prongsai.Core.Procurement.Import;
using Prongsai.Core.Storage.Archives;
using Prongsai.Documents.Spreadsheets;
using C = Prongsai.Core.Procurement.Import.ProcurementColumns;

namespace Prongsai.Tests.Procurement;

/// <summary>The import reads real typing and refuses bad amounts and dates with the line and column in Thai.</summary>
public sealed class ProcurementRowReaderTests
{
    [Fact]
    public void A_good_file_reads_every_cell()
    {
        var preview = ProcurementRowReader.Read(ProcurementCsv.Table(
            ProcurementCsv.Line("๑"),
            ProcurementCsv.Line("2", (C.Method, "e-bidding"), (C.Budget, "1,450,000.00"), (C.Month, ""), (C.Contract, "สัญญาเลขที่ 7/2568 ลว. 20/11/2567"))), 2568);

        Assert.Empty(preview.Errors);
        Assert.Equal(2, preview.Rows.Count);
        var first = preview.Rows[0];
        Assert.Equal((2, 1, "จัดซื้อวัสดุสำนักงาน ๑"), (first.Line, first.Ordinal, first.Title));
        Assert.Equal((12_000m, 12_000m, 11_500m), (first.BudgetAmount, first.ReferencePrice, first.AgreedPrice));
        Assert.Equal(new YearMonth(2024, 10), first.Month);
        Assert.Equal(["บริษัท ก จำกัด", "ร้าน ข"], first.Bids.Select(b => b.Name));
        Assert.Equal(("1/2568", new DateOnly(2024, 10, 5)), (first.ContractNumber, first.ContractDate));
        // Without a month, the contract's date decides it.
        Assert.Equal((ProcurementMethod.EBidding, new YearMonth(2024, 11)), (preview.Rows[1].Method, preview.Rows[1].Month));
    }

    [Theory]
    [InlineData("-5,000", "ติดลบ")]
    [InlineData("หนึ่งหมื่นบาท", "อ่านจำนวนเงินไม่ได้")]
    [InlineData("100000000000000000000", "มากเกินไป")]
    [InlineData("1,2,3", "อ่านจำนวนเงินไม่ได้")]
    [InlineData("12.345", "ทศนิยม")]
    [InlineData("", "กรุณากรอกจำนวนเงิน")]
    public void Bad_amounts_are_refused_with_line_and_column(string amount, string words)
    {
        var preview = ProcurementRowReader.Read(ProcurementCsv.Table(ProcurementCsv.Line("1"), ProcurementCsv.Line("2", (C.Budget, amount))), 2568);

        var error = Assert.Single(preview.Errors);
        Assert.Equal(3, error.Line);
        Assert.Equal($"C \"{C.Budget}\"", error.Column);
        Assert.Contains(words, error.Message);
        Assert.StartsWith($"แถวที่ 3 คอลัมน์ C \"{C.Budget}\": ", error.ToString());
    }

    [Theory]
    [InlineData("เลขที่ 1/2568 ลงวันที่ 31/02/2568", "ไม่มีในเดือน")]
    [InlineData("เลขที่ 1/2568 ลงวันที่ 5/10/2024", "ค.ศ.")]
    [InlineData("เลขที่ 1/2568 ลงวันที่ เมื่อวาน", "อ่านวันที่")]
    public void Bad_contract_dates_are_refused(string contract, string words)
    {
        var preview = ProcurementRowReader.Read(ProcurementCsv.Table(ProcurementCsv.Line("1", (C.Contract, contract))), 2568);

        var error = Assert.Single(preview.Errors);
        Assert.Equal((2, $"I \"{C.Contract}\""), (error.Line, error.Column));
        Assert.Contains(words, error.Message);
    }

    [Fact]
    public void A_month_outside_the_fiscal_year_is_refused()
    {
        var preview = ProcurementRowReader.Read(ProcurementCsv.Table(ProcurementCsv.Line("1", (C.Month, "ต.ค. 2568"))), 2568);

        Assert.Contains("ไม่อยู่ในปีงบประมาณ พ.ศ. 2568", Assert.Single(preview.Errors).Message);
    }

    [Fact]
    public void Every_error_of_the_file_is_listed_at_once()
    {
        var preview = ProcurementRowReader.Read(ProcurementCsv.Table(
            ProcurementCsv.Line("1", (C.Budget, "abc")),
            ProcurementCsv.Line("2"),
            ProcurementCsv.Line("3", (C.ReferencePrice, "-1"), (C.Method, ""))), 2568);

        Assert.Equal([(2, "C"), (4, "D"), (4, "E")], preview.Errors.Select(e => (e.Line, e.Column![..1])));
        Assert.Single(preview.Rows);
    }

    [Fact]
    public void Missing_columns_are_named()
    {
        var table = new List<IReadOnlyList<string>> { new[] { C.Title, C.Budget }, new[] { "งาน", "100" } };

        var preview = ProcurementRowReader.Read(table, 2568);

        Assert.Contains("\"วิธีซื้อหรือจ้าง\"", Assert.Single(preview.Errors).Message);
    }

    [Fact]
    public void Warnings_point_at_what_to_check()
    {
        var preview = ProcurementRowReader.Read(ProcurementCsv.Table(ProcurementCsv.Line("1",
            (C.Selected, "ร้าน ค 13,000 บาท"), (C.Method, "วิธีพิเศษ"))), 2568);

        Assert.Empty(preview.Errors);
        Assert.Contains(preview.Warnings, w => w.Message.Contains("ไม่อยู่ในรายชื่อผู้เสนอราคา", StringComparison.Ordinal));
        Assert.Contains(preview.Warnings, w => w.Message.Contains("สูงกว่าวงเงิน", StringComparison.Ordinal));
        Assert.Contains(preview.Warnings, w => w.Message.Contains("วิธีอื่น", StringComparison.Ordinal));
        Assert.Equal((ProcurementMethod.Other, "วิธีพิเศษ"), (preview.Rows[0].Method, preview.Rows[0].MethodNote));
    }

    [Fact]
    public void A_title_block_above_the_header_is_skipped_and_csv_bytes_decode()
    {
        var read = new UploadedTables(Options.Create(new ArchiveLimits())).Read(ProcurementCsv.Bytes(ProcurementCsv.Line("1")));
        Assert.Null(read.Problem);
        var table = read.Rows;
        var withTitle = new List<IReadOnlyList<string>> { new[] { "สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือนตุลาคม 2567" }, new[] { "อบต.ทดสอบ" } };
        withTitle.AddRange(table);

        var preview = ProcurementRowReader.Read(withTitle, 2568);

        Assert.Empty(preview.Errors);
        Assert.Equal(4, preview.Rows.Single().Line);
    }
}
