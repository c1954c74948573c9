using Prongsai.Core.Search;
using Prongsai.Core.Text;

namespace Prongsai.Tests.Text;

/// <summary>Thai taken out of PDFs and scans, read back in the code points a person types (and searches for).</summary>
public sealed class ThaiTextRepairTests
{
    [Theory]
    // Windows presentation forms, as pdftotext gives them for TH Sarabun PDFs: tone marks moved down (ต้น, ที่),
    // down and left (ป่า), left (ปี่), sara u moved down (ฐู), ญ and ฐ without their lower part (ญา, ฐุ), sara i moved
    // left under a tall consonant (ปิด).
    [InlineData("\u0E15\uF70B\u0E19", "ต้น")]
    [InlineData("\u0E1B\uF705\u0E32", "ป่า")]
    [InlineData("\u0E1B\u0E35\uF713", "ปี่")]
    [InlineData("\u0E1B\uF701\u0E14", "ปิด")]
    [InlineData("\uF70F\u0E32\u0E15\u0E34", "ญาติ")]
    [InlineData("\uF700\u0E32\u0E19", "ฐาน")]
    [InlineData("\u0E1A\u0E38\uF70A\u0E07", "บุ่ง")]
    [InlineData("\u0E2D\uF718", "อุ")]
    // Apple's forms of the same letters.
    [InlineData("\u0E15\uF88E\u0E19", "ต้น")]
    [InlineData("\u0E1B\uF88C\u0E32", "ป่า")]
    [InlineData("\u0E1B\uF885\u0E14", "ปิด")]
    [InlineData("\uF89E\u0E32\u0E19", "ฐาน")]
    public void Presentation_forms_of_the_private_use_area_become_the_letters_they_draw(string extracted, string typed) =>
        Assert.Equal(typed, ThaiText.Repair(extracted));

    [Theory]
    [InlineData("องค์การบริหารส่วนต\u0E4D\u0E32บล", "องค์การบริหารส่วนตำบล")]
    [InlineData("น\u0E4D\u0E49\u0E32", "น้ำ")]
    [InlineData("น\u0E49\u0E4D\u0E32", "น้ำ")]
    public void A_sara_am_in_two_parts_becomes_one(string extracted, string typed) =>
        Assert.Equal(typed, ThaiText.Repair(extracted));

    [Theory]
    [InlineData("ก\u0E48\u0E35", "กี่")]
    [InlineData("ท\u0E49\u0E38ก", "ทุ้ก")]
    [InlineData("ฤทธ\u0E4C\u0E34", "ฤทธิ์")]
    [InlineData("ก\u0E48\u0E48า", "ก่า")]
    [InlineData("ก\u0E35\u0E35", "กี")]
    public void A_tone_mark_before_its_vowel_goes_after_it_and_a_mark_twice_counts_once(string extracted, string typed) =>
        Assert.Equal(typed, ThaiText.Repair(extracted));

    [Theory]
    [InlineData("ประกาศองค์การบริหารส่วนตำบลบางคา เรื่อง ขั้นตอนการขออนุญาตก่อสร้างอาคาร")]
    [InlineData("Procurement plan 2567 / แผนการจัดซื้อจัดจ้าง ๒๕๖๗")]
    [InlineData("")]
    public void Text_as_typed_is_returned_as_it_is(string typed) =>
        Assert.Same(typed, ThaiText.Repair(typed));

    [Fact]
    public void Repairing_twice_changes_nothing_more()
    {
        var once = ThaiText.Repair("ต\uF70B\u0E19\u0E44\u0E21\uF70B ต\u0E4D\u0E32บล ก\u0E48\u0E35");
        Assert.Equal("ต้นไม้ ตำบล กี่", once);
        Assert.Equal(once, ThaiText.Repair(once));
    }

    [Fact]
    public void The_search_index_and_the_query_meet_on_the_repaired_words()
    {
        // What pdftotext gives for "องค์การบริหารส่วนตำบลบางคา ต้นไม้" set in a font with presentation forms.
        var extracted = "องค\uF70Eการบริหารส\uF70Aวนต\u0E4D\u0E32บลบางคา ต\uF70B\u0E19ไม\uF70B";
        Assert.Equal(ThaiSegmenter.Words("องค์การบริหารส่วนตำบลบางคา ต้นไม้"), ThaiSegmenter.Words(extracted));
        Assert.Contains("ตำบล", ThaiSegmenter.Words(extracted));
    }
}
