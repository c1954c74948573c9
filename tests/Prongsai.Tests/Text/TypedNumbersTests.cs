using Prongsai.Core.Text;

namespace Prongsai.Tests.Text;

public sealed class TypedNumbersTests
{
    [Theory]
    [InlineData("2", 2, null)]
    [InlineData("๒", 2, null)]
    [InlineData(" ๑๒๓ ", 123, null)]
    [InlineData("1,000", 1000, null)]
    [InlineData("", null, null)]
    [InlineData("  ", null, null)]
    [InlineData("abc", null, "กรุณากรอกจำนวนเป็นตัวเลข เช่น 2")]
    [InlineData("สอง", null, "กรุณากรอกจำนวนเป็นตัวเลข เช่น 2")]
    [InlineData("2.5", null, "กรุณากรอกจำนวนเป็นตัวเลข เช่น 2")]
    [InlineData("-3", null, "จำนวนต้องไม่ติดลบ")]
    [InlineData("99999999999", null, "จำนวนมากเกินไป")]
    public void A_whole_number_is_read_with_Thai_digits_and_each_mistake_has_its_message(string typed, int? value, string? problem) =>
        Assert.Equal(new TypedWholeNumber(value, problem), TypedNumbers.ReadWhole(typed, "จำนวน"));

    [Theory]
    [InlineData("0812345678", true)]
    [InlineData("๐๘๑๒๓๔๕๖๗๘", true)]
    [InlineData("๐๘๑-๒๓๔-๕๖๗๘", true)]
    [InlineData("+66 81 234 5678", true)]
    [InlineData("somchai@example.test", true)]
    [InlineData("xx", false)]
    [InlineData("12", false)]
    [InlineData("somchai@", false)]
    [InlineData("โทรมาได้เลย", false)]
    public void A_contact_is_a_telephone_number_or_an_email_address(string typed, bool accepted) =>
        Assert.Equal(accepted, TypedNumbers.ContactProblem(typed) is null);
}
