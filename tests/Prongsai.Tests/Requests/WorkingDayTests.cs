using Prongsai.Core.Calendar.Holidays;

namespace Prongsai.Tests.Requests;

/// <summary>Deadlines in working days: weekends and public holidays skipped, across the fiscal-year boundary.</summary>
public sealed class WorkingDayTests
{
    /// <summary>Public holidays of the table (a few real ones of 2024 and a made-up cabinet day on 30 September).</summary>
    private static readonly HashSet<DateOnly> Holidays =
    [
        new(2024, 4, 12), new(2024, 4, 15), new(2024, 4, 16), // Songkran (with the substitute day)
        new(2024, 9, 30), // a day the cabinet declared (the last day of FY2567)
        new(2024, 10, 14), // substitute for King Bhumibol memorial day (13 Oct, a Sunday)
        new(2024, 10, 23), // Chulalongkorn day
    ];

    [Theory]
    // start (received), working days, due
    [InlineData("2024-09-02", 0, "2024-09-02")] // zero days: the same day
    [InlineData("2024-09-02", 1, "2024-09-03")] // Monday + 1 → Tuesday
    [InlineData("2024-09-06", 1, "2024-09-09")] // Friday + 1 → Monday (weekend skipped)
    [InlineData("2024-09-07", 1, "2024-09-09")] // received on Saturday → Monday
    [InlineData("2024-09-06", 5, "2024-09-13")] // a full week
    [InlineData("2024-04-11", 1, "2024-04-17")] // Thursday before Songkran: Fri 12, Mon 15, Tue 16 are holidays
    [InlineData("2024-09-27", 1, "2024-10-01")] // Friday 27 Sep: 30 Sep (FY end) is a holiday → 1 Oct, FY2568
    [InlineData("2024-09-26", 2, "2024-10-01")] // across the fiscal-year boundary
    [InlineData("2024-09-30", 1, "2024-10-01")] // received on the holiday itself
    [InlineData("2024-10-10", 3, "2024-10-16")] // Fri 11, (Mon 14 holiday), Tue 15, Wed 16
    [InlineData("2024-10-01", 15, "2024-10-24")] // 15 working days from 1 Oct: 14 and 23 Oct are holidays
    public void Add_skips_weekends_and_holidays(string start, int days, string due)
    {
        var expected = DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, WorkingDays.Add(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), days, Holidays));
    }

    [Theory]
    [InlineData("2024-09-27", "2024-10-01", 1)] // Sat, Sun, Mon 30 (holiday), Tue 1 Oct
    [InlineData("2024-09-02", "2024-09-02", 0)]
    [InlineData("2024-09-02", "2024-08-30", 0)] // to before from
    [InlineData("2024-09-30", "2024-10-31", 21)] // October 2024: 23 weekdays minus two holidays
    public void Between_counts_working_days_after_the_start(string from, string to, int expected) =>
        Assert.Equal(expected, WorkingDays.Between(
            DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), Holidays));

    [Fact]
    public void Add_and_Between_agree()
    {
        for (var start = new DateOnly(2024, 9, 1); start < new DateOnly(2024, 11, 1); start = start.AddDays(1))
        {
            for (var days = 1; days <= 20; days++)
            {
                var due = WorkingDays.Add(start, days, Holidays);
                Assert.Equal(days, WorkingDays.Between(start, due, Holidays));
                Assert.True(WorkingDays.IsWorkingDay(due, Holidays));
            }
        }
    }
}
