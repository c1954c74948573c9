using Prongsai.Core.Money;

namespace Prongsai.Tests.Procurement;

public sealed class BahtTextTests
{
    [Theory]
    [InlineData("12000", "หนึ่งหมื่นสองพันบาทถ้วน")]
    [InlineData("0", "ศูนย์บาทถ้วน")]
    [InlineData("1", "หนึ่งบาทถ้วน")]
    [InlineData("11", "สิบเอ็ดบาทถ้วน")]
    [InlineData("21", "ยี่สิบเอ็ดบาทถ้วน")]
    [InlineData("101", "หนึ่งร้อยเอ็ดบาทถ้วน")]
    [InlineData("1234.50", "หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์")]
    [InlineData("0.25", "ยี่สิบห้าสตางค์")]
    [InlineData("1450000", "หนึ่งล้านสี่แสนห้าหมื่นบาทถ้วน")]
    [InlineData("21000000", "ยี่สิบเอ็ดล้านบาทถ้วน")]
    [InlineData("1000000000000", "หนึ่งล้านล้านบาทถ้วน")]
    public void Amounts_read_as_the_official_forms_write_them(string amount, string expected) =>
        Assert.Equal(expected, BahtText.Format(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_negative_amount_is_refused() => Assert.Throws<ArgumentOutOfRangeException>(() => BahtText.Format(-1m));
}
