using Prongsai.Core.Calendar;
using Prongsai.Core.Procurement;
using Prongsai.Core.Procurement.Import;

namespace Prongsai.Tests.Procurement;

/// <summary>The free-text cells of the สขร.1 as offices really type them.</summary>
public sealed class ProcurementCellsTests
{
    [Theory]
    [InlineData("บริษัท ก จำกัด 12,000 บาท / ร้าน ข 12,500 บาท")]
    [InlineData("บริษัท ก จำกัด 12,000 บาท\nร้าน ข 12,500 บาท")]
    [InlineData("1. บริษัท ก จำกัด ราคา 12,000.00 บาท\r\n2. ร้าน ข ราคา 12,500.00 บาท")]
    [InlineData("1) บริษัท ก จำกัด 12,000.- 2) ร้าน ข 12,500.-")]
    [InlineData("บริษัท ก จำกัด ๑๒,๐๐๐ บาท; ร้าน ข ๑๒,๕๐๐ บาท")]
    public void Several_bidders_in_one_cell_are_read_with_their_prices(string cell)
    {
        var bids = ProcurementCells.Bids(cell);

        Assert.Null(bids.Error);
        Assert.Equal([new ParsedBid("บริษัท ก จำกัด", 12_000m), new ParsedBid("ร้าน ข", 12_500m)], bids.Value!);
    }

    [Fact]
    public void A_supplier_with_its_price_in_one_cell_is_split()
    {
        Assert.Equal(new ParsedBid("ร้าน ข", 12_500m), ProcurementCells.NameAndPrice("ร้าน ข ราคาที่ตกลง 12,500.00 บาท").Value);
        Assert.Equal(new ParsedBid("ร้าน ข", null), ProcurementCells.NameAndPrice("ร้าน ข").Value);
        Assert.Contains("ติดลบ", ProcurementCells.NameAndPrice("ร้าน ข -500 บาท").Error);
    }

    [Theory]
    [InlineData("เลขที่ 12/2568 ลงวันที่ 5 ต.ค. 2567", "12/2568")]
    [InlineData("สัญญาเลขที่ 12/2568 ลว. 05/10/2567", "12/2568")]
    [InlineData("ใบสั่งซื้อ เลขที่ ๑๒/๒๕๖๘ วันที่ ๕ ตุลาคม ๒๕๖๗", "12/2568")]
    [InlineData("12/2568 5 ต.ค. 67", "12/2568")]
    public void A_contract_gives_its_number_and_its_BE_date(string cell, string number)
    {
        var contract = ProcurementCells.Contract(cell);

        Assert.Null(contract.Error);
        Assert.Equal(new ParsedContract(number, new DateOnly(2024, 10, 5)), contract.Value);
    }

    [Fact]
    public void A_contract_with_an_impossible_date_is_refused_in_thai()
    {
        var contract = ProcurementCells.Contract("เลขที่ 12/2568 ลงวันที่ 31/02/2568");

        Assert.StartsWith("วันที่ของสัญญา", contract.Error);
        Assert.Contains("ไม่มีในเดือน", contract.Error);
    }

    [Theory]
    [InlineData("ต.ค. 2567")]
    [InlineData("ตุลาคม 2567")]
    [InlineData("10/2567")]
    [InlineData("2567-10")]
    [InlineData("๑๐/๒๕๖๗")]
    public void Months_are_read_in_BE(string cell) => Assert.Equal(new YearMonth(2024, 10), ProcurementCells.Month(cell).Value);

    [Theory]
    [InlineData("วิธีเฉพาะเจาะจง", ProcurementMethod.Specific)]
    [InlineData("คัดเลือก", ProcurementMethod.Selection)]
    [InlineData("e-market", ProcurementMethod.EMarket)]
    [InlineData("ตลาดอิเล็กทรอนิกส์", ProcurementMethod.EMarket)]
    [InlineData("E-Bidding", ProcurementMethod.EBidding)]
    [InlineData("ประกาศเชิญชวนทั่วไป ประกวดราคาอิเล็กทรอนิกส์", ProcurementMethod.EBidding)]
    public void Method_words_are_recognized(string text, ProcurementMethod method) => Assert.Equal(method, ProcurementTexts.ParseMethod(text));

    [Fact]
    public void Month_slugs_are_BE()
    {
        Assert.Equal("2567-10", ProcurementTexts.MonthSlug(new YearMonth(2024, 10)));
        Assert.Equal(new YearMonth(2024, 10), ProcurementTexts.ParseMonthSlug("2567-10"));
        Assert.Null(ProcurementTexts.ParseMonthSlug("2024-10"));
        Assert.Null(ProcurementTexts.ParseMonthSlug("2567-13"));
    }
}
