using Prongsai.Core.Text;

namespace Prongsai.Tests.Text;

public class ListItemsTests
{
    public static TheoryData<string, string[]> Cells => new()
    {
        { "<ol><li>ก</li><li>ข</li><li>ค</li></ol>", ["ก", "ข", "ค"] },
        { "<ul><li>1. ก</li><li>2. ข</li></ul>", ["ก", "ข"] },
        { "<ol style=\"list-style-type: none\"> <li>1. ก</li> <li>2. ข (Q&amp;A)</li> </ol>", ["ก", "ข (Q&A)"] },
        { "<p>ก</p> <p>ข</p>", ["ก", "ข"] },
        { "ก<br>ข<br/>ค", ["ก", "ข", "ค"] },
        { "ก\nข\n\nค", ["ก", "ข", "ค"] },
        { "1. ก 2. ข 3. ค", ["ก", "ข", "ค"] },
        { "๑. ก ๒. ข ๓. ค", ["ก", "ข", "ค"] },
        { "1) ก 2) ข", ["ก", "ข"] },
        { "1.ก 2.ข", ["ก", "ข"] },
        { "1. จัดประชุม ทราบ 2. แจกเวียน 3. รายงาน", ["จัดประชุม ทราบ", "แจกเวียน", "รายงาน"] },
        { "ดังนี้ 1. ก 2. ข", ["ดังนี้", "ก", "ข"] },
        { "<p>1. ก</p><p>ต่อจากข้อหนึ่ง</p><p>2. ข</p>", ["ก ต่อจากข้อหนึ่ง", "ข"] },
        { "<p>ประโยคยาว\nต่อบรรทัด</p><p>ข้อสอง</p>", ["ประโยคยาว ต่อบรรทัด", "ข้อสอง"] },
        { "Q&amp;A\nR&D", ["Q&A", "R&D"] },
        { "ก\r\nข", ["ก", "ข"] },
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public void Splits_cells_into_items(string cell, string[] expected)
    {
        Assert.Equal(expected, ListItems.Split(cell));
    }

    public static TheoryData<string, string[]> NumbersInsideSentences => new()
    {
        { "ส่วนงานละ 1 ภารกิจ ภายในเดือนมีนาคม 2567", ["ส่วนงานละ 1 ภารกิจ ภายในเดือนมีนาคม 2567"] },
        { "ปรับปรุง 1. ครั้งต่อปี", ["ปรับปรุง 1. ครั้งต่อปี"] },
        { "งบประมาณ 1.5 ล้านบาท 2. ไม่ใช่รายการ", ["งบประมาณ 1.5 ล้านบาท 2. ไม่ใช่รายการ"] },
        { "ตามข้อ 3. และข้อ 4.", ["ตามข้อ 3. และข้อ 4."] },
        { "ภายใน พ.ศ. 2567. แล้ว", ["ภายใน พ.ศ. 2567. แล้ว"] },
        { "(ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล)", ["(ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล)"] },
    };

    [Theory]
    [MemberData(nameof(NumbersInsideSentences))]
    public void Numbers_that_are_not_a_sequence_from_one_never_split(string cell, string[] expected)
    {
        Assert.Equal(expected, ListItems.Split(cell));
    }

    [Fact]
    public void Seed_first_step_cell_joins_the_out_of_sequence_paragraph_to_item_one()
    {
        const string cell =
            "<p>1. ในปีงบประมาณ พ.ศ. 2567 ทุกส่วนงาน ต้องจัดให้มีจัดทำคู่มือหรือมาตรฐานการปฏิบัติงาน/มาตรฐานการให้บริการของส่วนงานอย่างน้อย</p> "
            + "<p>1. ภารกิจ</p> "
            + "<p>2. ส่วนงานใดมีคู่มือหรือมาตรฐานการปฏิบัติงาน/มาตรฐานการให้บริการแล้วให้ทบทวน ปรับปรุง</p> "
            + "<p>3. ประชาสัมพันธ์ เผยแพร่คู่มือผ่านช่องทางต่าง ๆ ของหน่วยงาน</p>";

        var items = ListItems.Split(cell);

        Assert.Equal(3, items.Count);
        Assert.EndsWith("ของส่วนงานอย่างน้อย 1 ภารกิจ", items[0], StringComparison.Ordinal);
        Assert.StartsWith("ในปีงบประมาณ พ.ศ. 2567", items[0], StringComparison.Ordinal);
        Assert.StartsWith("ส่วนงานใดมีคู่มือ", items[1], StringComparison.Ordinal);
        Assert.Equal("ประชาสัมพันธ์ เผยแพร่คู่มือผ่านช่องทางต่าง ๆ ของหน่วยงาน", items[2]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("<p></p><ol><li> </li></ol>")]
    public void Empty_cells_have_no_items(string? cell)
    {
        Assert.Empty(ListItems.Split(cell));
    }

    [Theory]
    [InlineData("1. ก", "ก")]
    [InlineData("๑. ก", "ก")]
    [InlineData("2) ข", "ข")]
    [InlineData("(3) ค", "ค")]
    [InlineData("12. สิบสอง", "สิบสอง")]
    [InlineData("  1.ติดกัน", "ติดกัน")]
    [InlineData("1.5 ล้านบาท", "1.5 ล้านบาท")]
    [InlineData("2567 ปี", "2567 ปี")]
    [InlineData("ไม่มีเลข", "ไม่มีเลข")]
    public void StripLeadingNumber_removes_only_list_numbering(string text, string expected)
    {
        Assert.Equal(expected, ListItems.StripLeadingNumber(text));
    }
}
