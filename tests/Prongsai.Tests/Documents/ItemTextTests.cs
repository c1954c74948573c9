using Prongsai.Documents.Measures;

namespace Prongsai.Tests.Documents;

public class ItemTextTests
{
    [Theory]
    [InlineData("1. ภารกิจ", "1", "ภารกิจ")]
    [InlineData("๒) ขั้นที่สอง", "๒", "ขั้นที่สอง")]
    [InlineData("3.ประชาสัมพันธ์", "3", "ประชาสัมพันธ์")]
    [InlineData("1.5 ล้านบาท", null, "1.5 ล้านบาท")]
    [InlineData("2567 ปีงบประมาณ", null, "2567 ปีงบประมาณ")]
    public void StripNumber_RemovesOnlyTypedListNumbers(string text, string? number, string rest)
    {
        Assert.Equal(rest, ItemText.StripNumber(text, out var found));
        Assert.Equal(number, found);
    }

    [Fact]
    public void AddItems_SplitsConsecutiveTypedNumbersInOneParagraph_Only()
    {
        var items = new List<string>();
        ItemText.AddItems("1. จัดประชุม 2. แจกเวียน ตัวชี้วัดที่ 9. ข้อมูล 3. รายงาน", items);
        Assert.Equal(["จัดประชุม", "แจกเวียน ตัวชี้วัดที่ 9. ข้อมูล", "รายงาน"], items);

        items.Clear();
        ItemText.AddItems("ผลการดำเนินการ (ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล) ส่วนงานละ 1. ภารกิจ", items);
        Assert.Single(items);
    }

    [Fact]
    public void Collapse_TrimsAndJoinsWhitespace_IncludingNbspAndZeroWidth()
    {
        Assert.Equal("ตุลาคม 2566 - มีนาคม 2567", ItemText.Collapse("  ตุลาคม\u00A02566\u200B -\n มีนาคม  2567 "));
    }
}
