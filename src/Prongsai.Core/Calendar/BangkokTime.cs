namespace Prongsai.Core.Calendar;

/// <summary>
/// Thailand's wall clock. "Today" for deadlines and fiscal years is the Bangkok date, not the
/// server's: a server in UTC would still be on yesterday until 07:00 in Thailand.
/// </summary>
public static class BangkokTime
{
    public const string TimeZoneId = "Asia/Bangkok";

    /// <summary>Asia/Bangkok (UTC+7, no daylight saving since 1920).</summary>
    public static TimeZoneInfo TimeZone { get; } = FindTimeZone();

    public static DateTimeOffset ToBangkok(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone);

    public static DateTimeOffset Now(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return ToBangkok(timeProvider.GetUtcNow());
    }

    public static DateOnly Today(TimeProvider timeProvider) => DateOnly.FromDateTime(Now(timeProvider).DateTime);

    /// <summary>
    /// The instant a Bangkok calendar day begins, in UTC: the lower bound of "on or after that day" in queries, since
    /// PostgreSQL compares timestamps with time zone only with UTC parameters.
    /// </summary>
    public static DateTimeOffset StartOf(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7)).ToUniversalTime();

    /// <summary>The Bangkok calendar date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToBangkok(instant).DateTime);

    private static TimeZoneInfo FindTimeZone()
    {
        // Without tzdata (slim containers) fall back to a fixed UTC+7 zone, which is exact for any modern date.
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone(TimeZoneId, TimeSpan.FromHours(7), "Bangkok", "Indochina Time");
        }
        catch (InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone(TimeZoneId, TimeSpan.FromHours(7), "Bangkok", "Indochina Time");
        }
    }
}
