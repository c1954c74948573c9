using Prongsai.Core.Calendar;

namespace Prongsai.Tests.Calendar;

public class FiscalYearInputTests
{
    [Theory]
    [InlineData("2568", 2568)]
    [InlineData(" ๒๕๖๘ ", 2568)]
    [InlineData("พ.ศ. 2568", 2568)]
    [InlineData("68", 2568)]
    [InlineData("๖๘", 2568)]
    public void Parse_reads_a_year_as_clerks_type_it(string text, int year) =>
        Assert.Equal(new ThaiDateResult<int>(year, null), FiscalYearInput.Parse(text));

    [Theory]
    [InlineData("2025", "ปี 2025 ดูเหมือนเป็น ค.ศ. กรุณากรอกปีงบประมาณเป็น พ.ศ. (เช่น 2568)")]
    [InlineData("สองห้าหกแปด", "อ่านปีงบประมาณ \"สองห้าหกแปด\" ไม่ได้")]
    [InlineData("-2568", "อ่านปีงบประมาณ \"-2568\" ไม่ได้")]
    [InlineData("3568", "ปีงบประมาณ \"3568\" ไม่ถูกต้อง")]
    [InlineData("8", "ปีงบประมาณ \"8\" ไม่ถูกต้อง")]
    [InlineData("99999999999", "อ่านปีงบประมาณ")]
    public void Parse_refuses_what_is_not_a_BE_year_and_says_why(string text, string message)
    {
        var result = FiscalYearInput.Parse(text);
        Assert.Null(result.Value);
        Assert.StartsWith(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_is_no_year_when_optional_and_asked_for_when_required()
    {
        Assert.Equal(default, FiscalYearInput.Parse(" ", required: false));
        Assert.StartsWith("กรุณากรอกปีงบประมาณ", FiscalYearInput.Parse(null).Error, StringComparison.Ordinal);
    }
}
