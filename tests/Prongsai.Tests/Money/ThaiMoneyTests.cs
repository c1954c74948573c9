using Prongsai.Core.Money;

namespace Prongsai.Tests.Money;

public sealed class ThaiMoneyTests
{
    [Theory]
    [InlineData("1,234,567.50", "1234567.50")]
    [InlineData("1234567.5", "1234567.5")]
    [InlineData("12,000 บาท", "12000")]
    [InlineData("12,000.-", "12000")]
    [InlineData("๑,๒๓๔.๕๐", "1234.50")]
    [InlineData(" 500 ", "500")]
    [InlineData("0", "0")]
    public void Reads_amounts_as_offices_type_them(string typed, string expected)
    {
        var result = ThaiMoney.Parse(typed);

        Assert.Null(result.Error);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Value);
    }

    [Theory]
    [InlineData("-100", "ติดลบ")]
    [InlineData("(100)", "ติดลบ")]
    [InlineData("หนึ่งพันบาท", "อ่านจำนวนเงินไม่ได้")]
    [InlineData("1,2,3", "อ่านจำนวนเงินไม่ได้")]
    [InlineData("10^20", "อ่านจำนวนเงินไม่ได้")]
    [InlineData("100000000000000000000", "มากเกินไป")]
    [InlineData("12.345", "ทศนิยม")]
    [InlineData("", "กรุณากรอก")]
    public void Refuses_bad_amounts_in_Thai(string typed, string expectedWords)
    {
        var result = ThaiMoney.Parse(typed);

        Assert.Null(result.Value);
        Assert.Contains(expectedWords, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_optional_blank_amount_is_no_value_and_no_error()
    {
        var result = ThaiMoney.Parse("  ", required: false);

        Assert.True(result.IsValid);
        Assert.Null(result.Value);
    }

    [Fact]
    public void Formats_with_thousands_separators_and_two_decimals()
    {
        Assert.Equal("1,234,567.50", ThaiMoney.Format(1234567.5m));
        Assert.Equal("0.00", ThaiMoney.Format(0m));
    }
}
