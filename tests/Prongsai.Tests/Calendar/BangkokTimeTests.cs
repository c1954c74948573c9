using System.Globalization;
using Prongsai.Core.Calendar;

namespace Prongsai.Tests.Calendar;

public class BangkokTimeTests
{
    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }

    [Theory]
    [InlineData("2024-09-30T16:59:59Z", "2024-09-30")]
    [InlineData("2024-09-30T17:00:00Z", "2024-10-01")]
    [InlineData("2024-01-01T00:00:00-05:00", "2024-01-01")]
    public void Today_is_the_date_in_Bangkok(string utcNow, string expected)
    {
        var clock = new FixedTime(DateTimeOffset.Parse(utcNow, CultureInfo.InvariantCulture));
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), BangkokTime.Today(clock));
    }

    [Fact]
    public void A_UTC_evening_can_already_be_the_next_fiscal_year_in_Bangkok()
    {
        var clock = new FixedTime(new DateTimeOffset(2024, 9, 30, 18, 0, 0, TimeSpan.Zero));
        Assert.Equal(2568, FiscalYear.ForDate(BangkokTime.Today(clock)).BeYear);
    }

    [Fact]
    public void ToBangkok_keeps_the_instant_with_a_plus_seven_offset()
    {
        var utc = new DateTimeOffset(2024, 10, 15, 3, 0, 0, TimeSpan.Zero);
        var bangkok = BangkokTime.ToBangkok(utc);
        Assert.Equal(TimeSpan.FromHours(7), bangkok.Offset);
        Assert.Equal(10, bangkok.Hour);
        Assert.Equal(utc, bangkok);
    }

    [Fact]
    public void Time_zone_is_Asia_Bangkok()
    {
        Assert.Equal("Asia/Bangkok", BangkokTime.TimeZone.Id);
        // tzdata carries pre-1920 history, so check the offset rather than SupportsDaylightSavingTime.
        Assert.Equal(TimeSpan.FromHours(7), BangkokTime.TimeZone.GetUtcOffset(new DateTimeOffset(2024, 1, 15, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal(TimeSpan.FromHours(7), BangkokTime.TimeZone.GetUtcOffset(new DateTimeOffset(2024, 7, 15, 0, 0, 0, TimeSpan.Zero)));
    }
}
