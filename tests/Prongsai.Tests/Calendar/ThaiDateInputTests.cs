using Prongsai.Core.Calendar;

namespace Prongsai.Tests.Calendar;

public class ThaiDateInputTests
{
    public static TheoryData<string, int, int, int> AcceptedDates => new()
    {
        { "24/11/2569", 2026, 11, 24 },
        { "24/11/69", 2026, 11, 24 },
        { "1/2/2567", 2024, 2, 1 },
        { "01/02/2567", 2024, 2, 1 },
        { "24.11.2569", 2026, 11, 24 },
        { "24-11-2569", 2026, 11, 24 },
        { "24 11 2569", 2026, 11, 24 },
        { " 24 / 11 / 2569 ", 2026, 11, 24 },
        { "24 พ.ย. 2569", 2026, 11, 24 },
        { "24 พ.ย. 69", 2026, 11, 24 },
        { "24 พ.ย 69", 2026, 11, 24 },
        { "24 พย 2569", 2026, 11, 24 },
        { "24พ.ย.2569", 2026, 11, 24 },
        { "24 พ.ย. พ.ศ. 2569", 2026, 11, 24 },
        { "24 พฤศจิกายน 2569", 2026, 11, 24 },
        { "24 พฤศจิกา 2569", 2026, 11, 24 },
        { "1 ตุลา 68", 2025, 10, 1 },
        { "15 มี.ค. 67", 2024, 3, 15 },
        { "15 ม.ค. 67", 2024, 1, 15 },
        { "5 พ.ค. 2567", 2024, 5, 5 },
        { "29 กุมภาพันธ์ 2567", 2024, 2, 29 },
        { "๒๔/๑๑/๒๕๖๙", 2026, 11, 24 },
        { "๒๔ พ.ย. ๖๙", 2026, 11, 24 },
        { "๒๔ พฤศจิกายน ๒๕๖๙", 2026, 11, 24 },
        { "31/12/2566", 2023, 12, 31 },
        // Digits alone, as an iPhone's number pad (inputmode="numeric") types them: วว ดด ปปปป and วว ดด ปป.
        { "13122569", 2026, 12, 13 },
        { "01022567", 2024, 2, 1 },
        { "131269", 2026, 12, 13 },
        { "010267", 2024, 2, 1 },
        { " 13122569 ", 2026, 12, 13 },
        { "๑๓๑๒๒๕๖๙", 2026, 12, 13 },
    };

    [Theory]
    [MemberData(nameof(AcceptedDates))]
    public void Parse_reads_every_written_form(string text, int year, int month, int day)
    {
        var result = ThaiDateInput.Parse(text);

        Assert.Null(result.Error);
        Assert.Equal(new DateOnly(year, month, day), result.Value);
    }

    public static TheoryData<string, string> RefusedDates => new()
    {
        { "24/11/2024", "พ.ศ." },          // a CE year: asks for BE and suggests it
        { "24/11/2024", "2567" },
        { "1/1/1999", "ค.ศ." },
        { "31/2/2567", "ไม่มีในเดือนกุมภาพันธ์" },
        { "29/2/2568", "ไม่มีในเดือนกุมภาพันธ์" },
        { "31/04/2567", "ไม่มีในเดือนเมษายน" },
        { "0/1/2567", "ไม่มีใน" },
        { "12/13/2567", "เดือนต้องเป็น 1–12" },
        { "24/11/256", "4 หลัก" },
        { "24/11/9999", "ไม่ถูกต้อง" },
        { "24 พฤศจิ 2569", "อ่านวันที่" },
        { "พรุ่งนี้", "อ่านวันที่" },
        { "2569-11-24", "อ่านวันที่" },
        { "24/11/2569 14:30", "ไม่ต้องมีเวลา" },
        { "<script>", "อ่านวันที่" },
        // Digits alone follow the same rules: a ค.ศ. year is refused and the พ.ศ. year meant is named.
        { "13122026", "ค.ศ." },
        { "13122026", "2569" },
        { "31022569", "ไม่มีในเดือนกุมภาพันธ์" },
        { "12132569", "เดือนต้องเป็น 1–12" },
        // Other lengths could mean more than one date ("1312569": 1/3/2569 or 13/1/2569): refused, saying how to type it.
        { "1312569", "2 หลัก" },
        { "13125", "2 หลัก" },
        { "1312", "อ่านวันที่" },
        { "131225690", "อ่านวันที่" },
        { "241125691430", "อ่านวันที่" },
    };

    [Theory]
    [MemberData(nameof(RefusedDates))]
    public void Parse_refuses_with_a_thai_message_that_says_the_expected_form(string text, string expectedInMessage)
    {
        var result = ThaiDateInput.Parse(text);

        Assert.Null(result.Value);
        Assert.NotNull(result.Error);
        Assert.Contains(expectedInMessage, result.Error, StringComparison.Ordinal);
        Assert.Contains(ThaiDateInput.DateHint, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_required_date_is_an_error_never_today(string? text)
    {
        var result = ThaiDateInput.Parse(text);

        Assert.Null(result.Value);
        Assert.Contains("กรุณากรอกวันที่", result.Error, StringComparison.Ordinal);
        Assert.Contains(ThaiDateInput.DateHint, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_optional_date_is_no_value_and_no_error()
    {
        var result = ThaiDateInput.Parse("  ", required: false);

        Assert.Null(result.Value);
        Assert.Null(result.Error);
        Assert.True(result.IsValid);
    }

    [Theory]
    [InlineData("24", "11", "2569")]
    [InlineData("24", "พ.ย.", "2569")]
    [InlineData("24", "พฤศจิกายน", "2569")]
    [InlineData("24", "พฤศจิกา", "2569")]
    [InlineData("24", "Nov", "2569")]
    [InlineData("๒๔", "๑๑", "๖๙")]
    public void Parse_reads_day_month_and_year_fields(string day, string month, string year)
    {
        var result = ThaiDateInput.Parse(day, month, year);

        Assert.Null(result.Error);
        Assert.Equal(new DateOnly(2026, 11, 24), result.Value);
    }

    [Theory]
    [InlineData("24", "11", "2026", "พ.ศ.")]
    [InlineData("31", "2", "2567", "ไม่มีในเดือนกุมภาพันธ์")]
    [InlineData("24", "", "2569", "ให้ครบ")]
    [InlineData("24", "พฤศ", "2569", "ไม่รู้จักเดือน")]
    [InlineData("", "", "", "กรุณากรอก")]
    public void Parse_refuses_bad_day_month_and_year_fields(string day, string month, string year, string expectedInMessage)
    {
        var result = ThaiDateInput.Parse(day, month, year);

        Assert.Null(result.Value);
        Assert.Contains(expectedInMessage, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("24/11/2569 14:30", 2026, 11, 24, 14, 30)]
    [InlineData("24/11/2569 09.05", 2026, 11, 24, 9, 5)]
    [InlineData("24 พ.ย. 69 เวลา 8:00 น.", 2026, 11, 24, 8, 0)]
    [InlineData("๒๔/๑๑/๒๕๖๙ ๒๓:๕๙", 2026, 11, 24, 23, 59)]
    [InlineData("1/1/2567 00:00", 2024, 1, 1, 0, 0)]
    // A number pad of digits only has no ":" and no space: the time's four digits run on after the date's.
    [InlineData("241125691430", 2026, 11, 24, 14, 30)]
    [InlineData("2411691430", 2026, 11, 24, 14, 30)]
    [InlineData("010125670005", 2024, 1, 1, 0, 5)]
    [InlineData("24112569 1430", 2026, 11, 24, 14, 30)]
    [InlineData("24/11/2569 1430", 2026, 11, 24, 14, 30)]
    [InlineData("24 พ.ย. 69 เวลา 0800 น.", 2026, 11, 24, 8, 0)]
    [InlineData("24112569 14:30", 2026, 11, 24, 14, 30)]
    [InlineData("๒๔๑๑๒๕๖๙๒๓๕๙", 2026, 11, 24, 23, 59)]
    public void ParseDateTime_reads_a_bangkok_wall_clock_time(string text, int year, int month, int day, int hour, int minute)
    {
        var result = ThaiDateInput.ParseDateTime(text);

        Assert.Null(result.Error);
        var expected = new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(7));
        Assert.Equal(expected, result.Value);
        Assert.Equal(expected.UtcDateTime, result.Value!.Value.UtcDateTime);
        Assert.Equal(TimeSpan.Zero, result.Value.Value.Offset);
    }

    [Theory]
    [InlineData("24/11/2569", "กรุณากรอกเวลา")]
    [InlineData("24/11/2569 25:00", "24 ชั่วโมง")]
    [InlineData("24/11/2569 14:75", "ไม่มีจริง")]
    [InlineData("24/11/2026 14:30", "พ.ศ.")]
    [InlineData("30/2/2569 10:00", "ไม่มีในเดือนกุมภาพันธ์")]
    [InlineData("", "กรุณากรอกวันและเวลา")]
    // A date alone is not read as a date and a time: its last four digits are its year.
    [InlineData("24112569", "กรุณากรอกเวลา")]
    [InlineData("24 11 2569", "กรุณากรอกเวลา")]
    [InlineData("24 พ.ย. 2569", "กรุณากรอกเวลา")]
    [InlineData("241125692575", "ไม่มีจริง")]
    [InlineData("241120261430", "ค.ศ.")]
    [InlineData("321125691430", "ไม่มีในเดือนพฤศจิกายน")]
    [InlineData("32/11/2569 1430", "ไม่มีในเดือนพฤศจิกายน")]
    [InlineData("24112569143", "กรุณากรอกเวลา")]
    public void ParseDateTime_refuses_with_the_expected_form(string text, string expectedInMessage)
    {
        var result = ThaiDateInput.ParseDateTime(text);

        Assert.Null(result.Value);
        Assert.Contains(expectedInMessage, result.Error, StringComparison.Ordinal);
        Assert.Contains(ThaiDateInput.DateTimeHint, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_example_of_each_hint_is_typeable_on_a_number_pad_of_digits_only_and_is_read()
    {
        var date = ThaiDateInput.DateExample.Split(' ')[1];
        var dateTime = ThaiDateInput.DateTimeExample.Split(' ')[1];

        Assert.Matches("^[0-9]+$", date);
        Assert.Matches("^[0-9]+$", dateTime);
        Assert.Equal(new DateOnly(2026, 11, 24), ThaiDateInput.Parse(date).Value);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 14, 30, 0, TimeSpan.FromHours(7)), ThaiDateInput.ParseDateTime(dateTime).Value);
        Assert.Equal(date, ThaiDateInput.DateExampleEnglish.Split(' ')[1]);
        Assert.Equal(dateTime, ThaiDateInput.DateTimeExampleEnglish.Split(' ')[1]);
    }

    [Fact]
    public void Format_writes_what_the_field_reads_back()
    {
        var date = new DateOnly(2024, 11, 24);
        var instant = new DateTimeOffset(2024, 11, 24, 7, 30, 0, TimeSpan.Zero);

        Assert.Equal("24/11/2567", ThaiDateInput.Format(date));
        Assert.Equal("24/11/2567 14:30", ThaiDateInput.Format(instant));
        Assert.Equal(date, ThaiDateInput.Parse(ThaiDateInput.Format(date)).Value);
        Assert.Equal(instant, ThaiDateInput.ParseDateTime(ThaiDateInput.Format(instant)).Value);
    }
}
