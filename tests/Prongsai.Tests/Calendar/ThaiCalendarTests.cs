using Prongsai.Core.Calendar;

namespace Prongsai.Tests.Calendar;

/// <summary>The one table every reader of dates, periods and month headings goes through.</summary>
public sealed class ThaiCalendarTests
{
    [Theory]
    [InlineData("ตุลาคม", 10)]
    [InlineData("ต.ค.", 10)]
    [InlineData("ต.ค", 10)]
    [InlineData("ตค", 10)]
    [InlineData("ต. ค.", 10)]
    [InlineData("ตุลา", 10)]
    [InlineData("October", 10)]
    [InlineData("oct", 10)]
    [InlineData("มีนาคม", 3)]
    [InlineData("มี.ค.", 3)]
    [InlineData("มีนา", 3)]
    [InlineData("ก.พ.", 2)]
    [InlineData("ก.ค.", 7)]
    [InlineData("กรกฎา", 7)]
    [InlineData("พฤศจิกา", 11)]
    [InlineData("DEC", 12)]
    public void A_month_is_read_however_it_was_typed(string written, int month) =>
        Assert.Equal(month, ThaiCalendar.MonthOfName(written));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("ต")]
    [InlineData("พฤศ")]
    [InlineData("Octo")]
    [InlineData("เดือน")]
    [InlineData("13")]
    public void Anything_else_is_no_month(string? written) => Assert.Null(ThaiCalendar.MonthOfName(written));

    [Theory]
    [InlineData("68", 2025)]
    [InlineData("2568", 2025)]
    [InlineData("2400", 1857)]
    [InlineData("2025", 2025)]
    [InlineData("1999", 1999)]
    public void A_written_year_is_buddhist_era_unless_it_can_only_be_christian(string digits, int ceYear) =>
        Assert.Equal(ceYear, ThaiCalendar.CeYearOfDigits(digits));
}
