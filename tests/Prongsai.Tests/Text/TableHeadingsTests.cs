using Prongsai.Core.Text;

namespace Prongsai.Tests.Text;

/// <summary>One key for a spreadsheet's column heading, as every import matches it: each rule once.</summary>
public sealed class TableHeadingsTests
{
    [Theory]
    [InlineData("ชื่อ ครุภัณฑ์", "ชื่อครุภัณฑ์")] // spaces
    [InlineData("วงเงินที่จะซื้อ\r\nหรือจ้าง", "วงเงินที่จะซื้อหรือจ้าง")] // a line break in the cell
    [InlineData("\u00A0หน่วยนับ\t", "หน่วยนับ")] // a no-break space and a tab
    [InlineData("\uFEFFลำดับที่", "ลำดับที่")] // the byte order mark of a CSV's first cell
    [InlineData("งาน\u200Bบริการ", "งานบริการ")] // a zero-width space
    [InlineData("ต.ค. ๖๘", "ต.ค.68")] // Thai digits
    [InlineData("จํานวน", "จำนวน")] // sara am typed as nikhahit + sara aa
    [InlineData("ก\u0E4D\u0E48\u0E32", "ก\u0E48\u0E33")] // … with a tone mark between
    [InlineData("ก\u0E49\u0E38", "ก\u0E38\u0E49")] // combining marks in their canonical order (NFC)
    [InlineData("ราคากลาง (บาท)", "ราคากลาง")] // a note in brackets at the end
    [InlineData("วันที่ได้มา [พ.ศ.] ของครุภัณฑ์", "วันที่ได้มาของครุภัณฑ์")] // … in square brackets, in the middle
    [InlineData("(1) งานบริการ", "งานบริการ")] // … at the start
    [InlineData("ราคา (ต่อหน่วย (บาท))", "ราคา")] // … within another
    [InlineData("ราคา (บาท", "ราคา")] // an unclosed bracket to the end
    [InlineData("ชื่อครุภัณฑ์ *", "ชื่อครุภัณฑ์")] // a trailing "*" (a required column)
    [InlineData("*ลำดับที่", "ลำดับที่")] // a leading "*"
    [InlineData("หน่วยนับ:", "หน่วยนับ")] // a trailing ":"
    [InlineData(":รวม", "รวม")] // a leading ":"
    [InlineData("ลำดับ.", "ลำดับ")] // a trailing "."
    [InlineData("No", "no")] // case
    public void A_heading_is_keyed_by_each_rule(string heading, string key) =>
        Assert.Equal(key, TableHeadings.Key(heading));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \r\n ")]
    [InlineData("(บาท)")]
    public void Nothing_to_match_is_an_empty_key(string? heading) => Assert.Equal("", TableHeadings.Key(heading));

    [Fact]
    public void A_month_abbreviation_keeps_its_inner_dots_and_so_stays_apart_from_its_neighbours()
    {
        Assert.Equal("ต.ค", TableHeadings.Key("ต.ค."));
        Assert.NotEqual(TableHeadings.Key("ต.ค."), TableHeadings.Key("เบิกจ่าย ต.ค."));
        Assert.Equal(TableHeadings.Key("ต.ค."), TableHeadings.Key(" ต.ค "));
    }
}
