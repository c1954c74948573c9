using System.Globalization;

namespace Prongsai.Core.Calendar;

/// <summary>
/// A Gregorian (CE) calendar month. Reports name periods by month, never by day,
/// and machines exchange them as invariant "yyyy-MM" whatever the current culture is.
/// </summary>
public readonly record struct YearMonth : IComparable<YearMonth>
{
    public YearMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        Year = year;
        Month = month;
    }

    /// <summary>CE year.</summary>
    public int Year { get; }

    /// <summary>1 (January) to 12 (December).</summary>
    public int Month { get; }

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => new(Year, Month, DateTime.DaysInMonth(Year, Month));

    public static YearMonth FromDate(DateOnly date) => new(date.Year, date.Month);

    public YearMonth AddMonths(int months)
    {
        var index = (Year * 12) + (Month - 1) + months;
        return new YearMonth(index / 12, (index % 12) + 1);
    }

    /// <summary>Whole months from this month to <paramref name="other"/> (negative when earlier).</summary>
    public int MonthsUntil(YearMonth other) => ((other.Year - Year) * 12) + (other.Month - Month);

    public bool Contains(DateOnly date) => date.Year == Year && date.Month == Month;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    public static YearMonth Parse(string text) =>
        TryParse(text, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a year-month in the form yyyy-MM.");

    public static bool TryParse(string? text, out YearMonth value)
    {
        value = default;
        if (text is null)
        {
            return false;
        }

        var span = text.AsSpan().Trim();
        if (span.Length != 7 || span[4] != '-')
        {
            return false;
        }

        if (!int.TryParse(span[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(span[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || year < 1 || month is < 1 or > 12)
        {
            return false;
        }

        value = new YearMonth(year, month);
        return true;
    }

    public int CompareTo(YearMonth other) =>
        Year != other.Year ? Year.CompareTo(other.Year) : Month.CompareTo(other.Month);

    public static bool operator <(YearMonth left, YearMonth right) => left.CompareTo(right) < 0;

    public static bool operator >(YearMonth left, YearMonth right) => left.CompareTo(right) > 0;

    public static bool operator <=(YearMonth left, YearMonth right) => left.CompareTo(right) <= 0;

    public static bool operator >=(YearMonth left, YearMonth right) => left.CompareTo(right) >= 0;
}
