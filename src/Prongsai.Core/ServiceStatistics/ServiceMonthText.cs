using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Prongsai.Core.Calendar;
using Prongsai.Core.Text;

namespace Prongsai.Core.ServiceStatistics;

/// <summary>A month read from a column heading or a cell: the month, or why it is not one of the fiscal year's.</summary>
public sealed record MonthReading(YearMonth? Month, string? Problem);

/// <summary>
/// Reads a month as Thai clerks head a column or fill a cell: "ต.ค. 68", "ตุลาคม", "ต.ค.", "ตุลาคม 2568", "ตค.๖๘",
/// "ตุลา", "เดือนตุลาคม พ.ศ. 2567", "10/2567", the API's "2567-10", "Oct 2024", "Oct-24", or a date cell of Excel. A
/// year of two digits is พ.ศ. 25xx after a Thai name and ค.ศ. 20xx after an English one; four digits are พ.ศ. from 2400
/// and ค.ศ. below. A month without a year is the fiscal year's.
/// </summary>
public static partial class ServiceMonthText
{
    /// <summary>Null when the text is not a month at all; otherwise the month of the fiscal year, or why it is not in it.</summary>
    public static MonthReading? Read(string? text, FiscalYear year)
    {
        var t = PlainText.CollapseWhitespace(ThaiDigits.ToAscii((text ?? "").Normalize(NormalizationForm.FormC))
            .Replace("พ.ศ.", " ", StringComparison.Ordinal).Replace("ค.ศ.", " ", StringComparison.Ordinal));
        if (t.StartsWith("เดือน", StringComparison.Ordinal))
        {
            t = t["เดือน".Length..].Trim();
        }

        if (Parse(t) is not (var calendarMonth, var typedYear))
        {
            return null;
        }

        if (typedYear is null)
        {
            return new MonthReading(new YearMonth(calendarMonth >= FiscalYear.FirstMonthNumber ? year.EndCeYear - 1 : year.EndCeYear, calendarMonth), null);
        }

        var month = new YearMonth(typedYear.Value, calendarMonth);
        return year.Contains(month)
            ? new MonthReading(month, null)
            : new MonthReading(null, string.Create(CultureInfo.InvariantCulture,
                $"เดือน \"{t}\" ไม่อยู่ในปีงบประมาณ {year.BeYear} (ต.ค. {year.BeYear - 1} – ก.ย. {year.BeYear})"));
    }

    /// <summary>The calendar month (1–12) and the ค.ศ. year if one was written; null when it is not a month.</summary>
    private static (int Month, int? CeYear)? Parse(string t)
    {
        if (NumericMonth().Match(t) is { Success: true } numeric)
        {
            return Checked(Number(numeric.Groups[1].Value), ThaiCalendar.CeYearOfDigits(numeric.Groups[2].Value));
        }

        if (YearFirst().Match(t) is { Success: true } key)
        {
            return Checked(Number(key.Groups[2].Value), ThaiCalendar.CeYearOfDigits(key.Groups[1].Value));
        }

        if (DateSerial().IsMatch(t))
        {
            var serial = double.Parse(t, CultureInfo.InvariantCulture);
            if (serial is >= 36_526 and <= 73_050)
            {
                var date = DateTime.FromOADate(serial);
                return (date.Month, date.Year);
            }

            return null;
        }

        if (NamedMonth().Match(t) is not { Success: true } named || ThaiCalendar.MonthOfName(named.Groups[1].Value) is not { } month)
        {
            return null;
        }

        // "Oct-24", as an English Excel writes a date, is ค.ศ. 2024; "ต.ค. 67" is พ.ศ. 2567.
        var english = named.Groups[1].Value.Any(char.IsAsciiLetter);
        return (month, !named.Groups[2].Success ? null
            : english && named.Groups[2].Value.Length == 2 ? 2000 + Number(named.Groups[2].Value)
            : ThaiCalendar.CeYearOfDigits(named.Groups[2].Value));
    }

    private static (int, int?)? Checked(int month, int? year) => month is >= 1 and <= 12 ? (month, year) : null;

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d{1,2})\s*[/\-.]\s*(\d{2}|\d{4})$")]
    private static partial Regex NumericMonth();

    [GeneratedRegex(@"^(\d{4})\s*[-/]\s*(\d{1,2})$")]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"^\d{5}(\.0+)?$")]
    private static partial Regex DateSerial();

    [GeneratedRegex(@"^([ก-๏A-Za-z][ก-๏A-Za-z.\s]*?)\s*[-/,]?\s*(\d{2}|\d{4})?$")]
    private static partial Regex NamedMonth();
}
