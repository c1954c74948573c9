namespace Prongsai.Core.Calendar.Holidays;

/// <summary>
/// Working-day arithmetic (วันทำการ): Monday to Friday, except public holidays. Pure, so it is table-tested; the
/// holidays come from <see cref="WorkingDayCalendar"/>.
/// </summary>
public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly date, IReadOnlySet<DateOnly> holidays) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(date);

    /// <summary>
    /// The day on which a period of <paramref name="days"/> working days ends when it starts on
    /// <paramref name="start"/>: the start day itself does not count (a request received on Friday with a one-day
    /// deadline is due on Monday). Zero days is the start day.
    /// </summary>
    public static DateOnly Add(DateOnly start, int days, IReadOnlySet<DateOnly> holidays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = start;
        var left = days;
        while (left > 0)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date, holidays))
            {
                left--;
            }
        }

        return date;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/> (0 when to ≤ from).</summary>
    public static int Between(DateOnly from, DateOnly to, IReadOnlySet<DateOnly> holidays)
    {
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date, holidays))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>How far the calendar looks ahead for one deadline: far beyond any deadline in working days.</summary>
    internal static DateOnly Horizon(DateOnly start, int days) => start.AddDays(days * 3 + 60);
}
