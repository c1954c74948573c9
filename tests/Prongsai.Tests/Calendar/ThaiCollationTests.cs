using Prongsai.Core.Calendar;

namespace Prongsai.Tests.Calendar;

public class ThaiCollationTests
{
    [Fact]
    public void Department_names_sort_by_consonant_not_by_leading_vowel()
    {
        string[] departments =
        [
            "สำนักปลัด", "ไฟฟ้าสาธารณะ", "กองช่าง", "โรงเรียนอนุบาล", "แผนงานและงบประมาณ",
            "กองคลัง", "เกษตร", "ใบอนุญาต", "กองการศึกษา ศาสนาและวัฒนธรรม", "งานพัสดุ",
        ];

        var sorted = departments.Order(ThaiCollation.Comparer).ToList();

        Assert.Equal(
        [
            "กองการศึกษา ศาสนาและวัฒนธรรม", "กองคลัง", "กองช่าง", "เกษตร", "งานพัสดุ",
            "ใบอนุญาต", "แผนงานและงบประมาณ", "ไฟฟ้าสาธารณะ", "โรงเรียนอนุบาล", "สำนักปลัด",
        ], sorted);
    }

    [Fact]
    public void Ordinal_order_would_put_leading_vowels_last()
    {
        // The reason ThaiCollation exists: code-point order sorts "เกษตร" after "สำนักปลัด".
        Assert.True(string.CompareOrdinal("เกษตร", "สำนักปลัด") > 0);
        Assert.True(ThaiCollation.Compare("เกษตร", "สำนักปลัด") < 0);
    }

    [Theory]
    [InlineData("ไก่", "ขวด")]
    [InlineData("เทศกิจ", "นิติการ")]
    [InlineData("กอง", "กองคลัง")]
    public void Pairs_in_dictionary_order(string first, string second)
    {
        Assert.True(ThaiCollation.Compare(first, second) < 0);
        Assert.True(ThaiCollation.Compare(second, first) > 0);
    }
}
