using Prongsai.Core.Calendar;

namespace Prongsai.Tests.Calendar;

public class ThaiDigitsTests
{
    [Theory]
    [InlineData("๒๕๖๗", "2567")]
    [InlineData("๐๑๒๓๔๕๖๗๘๙", "0123456789")]
    [InlineData("ปี ๒๕๖๗ ข้อ 3", "ปี 2567 ข้อ 3")]
    [InlineData("ต่าง ๆ", "ต่าง ๆ")]
    [InlineData("", "")]
    public void ToAscii_replaces_only_thai_digits(string input, string expected)
    {
        Assert.Equal(expected, ThaiDigits.ToAscii(input));
    }

    [Theory]
    [InlineData("2567", "๒๕๖๗")]
    [InlineData("0123456789", "๐๑๒๓๔๕๖๗๘๙")]
    [InlineData("ข้อ 1. ภารกิจ", "ข้อ ๑. ภารกิจ")]
    public void ToThai_replaces_only_ascii_digits(string input, string expected)
    {
        Assert.Equal(expected, ThaiDigits.ToThai(input));
    }

    [Theory]
    [InlineData("15 มีนาคม 2567")]
    [InlineData("abc 0-9")]
    public void Round_trip_is_lossless(string text)
    {
        Assert.Equal(text, ThaiDigits.ToAscii(ThaiDigits.ToThai(text)));
    }
}
