using System.Globalization;
using Prongsai.Core.Calendar;

namespace Prongsai.Tests.Calendar;

public class ThaiDateTests
{
    public static TheoryData<DateOnly, string, string, string, string> Dates => new()
    {
        { new DateOnly(2024, 3, 15), "15 มีนาคม 2567", "15 มี.ค. 67", "มีนาคม 2567", "15 March 2024" },
        { new DateOnly(2023, 10, 1), "1 ตุลาคม 2566", "1 ต.ค. 66", "ตุลาคม 2566", "1 October 2023" },
        { new DateOnly(2026, 11, 24), "24 พฤศจิกายน 2569", "24 พ.ย. 69", "พฤศจิกายน 2569", "24 November 2026" },
        { new DateOnly(2000, 1, 5), "5 มกราคม 2543", "5 ม.ค. 43", "มกราคม 2543", "5 January 2000" },
        { new DateOnly(2043, 2, 28), "28 กุมภาพันธ์ 2586", "28 ก.พ. 86", "กุมภาพันธ์ 2586", "28 February 2043" },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void Formats_for_people(DateOnly date, string longThai, string shortThai, string monthYear, string english)
    {
        Assert.Equal(longThai, ThaiDate.FormatLong(date));
        Assert.Equal(shortThai, ThaiDate.FormatShort(date));
        Assert.Equal(monthYear, ThaiDate.FormatMonthYear(date));
        Assert.Equal(english, ThaiDate.FormatEnglish(date));
    }

    [Fact]
    public void Formats_do_not_depend_on_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            // th-TH with ICU uses the Buddhist calendar; formatting must not add 543 twice.
            CultureInfo.CurrentCulture = new CultureInfo("th-TH");
            Assert.Equal("15 มีนาคม 2567", ThaiDate.FormatLong(new DateOnly(2024, 3, 15)));
            Assert.Equal("15 March 2024", ThaiDate.FormatEnglish(new DateOnly(2024, 3, 15)));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("2024-03-14T16:59:59Z", "14 มีนาคม 2567")]
    [InlineData("2024-03-14T17:00:00Z", "15 มีนาคม 2567")]
    [InlineData("2024-03-15T00:30:00+07:00", "15 มีนาคม 2567")]
    public void Instants_are_shown_as_the_Bangkok_date(string instant, string expected)
    {
        var value = DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);
        Assert.Equal(expected, ThaiDate.FormatLong(value));
    }

    [Fact]
    public void Month_names_agree_with_ICU_thai_culture()
    {
        var names = CultureInfo.GetCultureInfo("th-TH").DateTimeFormat.MonthNames.Take(12);
        Assert.Equal(names, ThaiCalendar.MonthNames);
        var abbreviations = CultureInfo.GetCultureInfo("th-TH").DateTimeFormat.AbbreviatedMonthNames.Take(12);
        Assert.Equal(abbreviations, ThaiCalendar.MonthAbbreviations);
    }

    [Theory]
    [InlineData(1, "มกราคม", "ม.ค.")]
    [InlineData(4, "เมษายน", "เม.ย.")]
    [InlineData(6, "มิถุนายน", "มิ.ย.")]
    [InlineData(12, "ธันวาคม", "ธ.ค.")]
    public void Month_names_by_number(int month, string name, string abbreviation)
    {
        Assert.Equal(name, ThaiCalendar.MonthName(month));
        Assert.Equal(abbreviation, ThaiCalendar.MonthAbbreviation(month));
    }
}
