using System.Globalization;
using System.Text.RegularExpressions;

namespace Prongsai.Core.Calendar;

/// <summary>
/// Reads dates as Thai clerks write them: "24/11/2569", "24.11.69", "24 พ.ย. 2569", "24 พฤศจิกายน 2569",
/// Thai digits ("๒๔/๑๑/๒๕๖๙"), digits alone as a phone's number pad types them ("24112569", "241169"), or day /
/// month / year from three separate fields; date-times add a 24-hour time ("24/11/2569 14:30", "24/11/2569 1430",
/// "241125691430"). Years are Buddhist Era: four digits from 2400, or two digits (25xx).
/// </summary>
/// <remarks>
/// A four-digit year below 2400 is refused rather than guessed as CE: a clerk who typed 2024 into a form
/// that shows พ.ศ. everywhere is told so, instead of silently saving a date 543 years off. Every error says
/// the expected form, so the person can correct it without asking anyone.
/// Digits alone are read only at the two lengths that can mean one date: 8 (วว ดด ปปปป) and 6 (วว ดด ปป); at 7
/// "1312569" could be 1/3/2569 or 13/1/2569, so any other length is refused with the form to type.
/// </remarks>
public static partial class ThaiDateInput
{
    /// <summary>The hint shown beside every date field.</summary>
    public const string DateHint = "วว/ดด/ปปปป (พ.ศ.)";

    /// <summary>The hint shown beside every date-and-time field.</summary>
    public const string DateTimeHint = "วว/ดด/ปปปป ชช:นน (พ.ศ., 24 ชั่วโมง)";

    /// <summary>
    /// The examples beside a date field. The first is typeable on an iPhone's number pad, which has digits only
    /// (no "/", ".", space or ":"): fields bring that pad up (inputmode="numeric").
    /// </summary>
    public const string DateExample = "เช่น 24112569 หรือ 24/11/2569 หรือ 24 พ.ย. 2569";

    /// <summary>The examples beside a date-and-time field, the first typeable on a number pad of digits only.</summary>
    public const string DateTimeExample = "เช่น 241125691430 (วันที่แล้วตามด้วยเวลา) หรือ 24/11/2569 14:30";

    /// <summary>The English of <see cref="DateExample"/>.</summary>
    public const string DateExampleEnglish = "e.g. 24112569 or 24/11/2569 or 24 พ.ย. 2569";

    /// <summary>The English of <see cref="DateTimeExample"/>.</summary>
    public const string DateTimeExampleEnglish = "e.g. 241125691430 (the date, then the time) or 24/11/2569 14:30";

    private const int FirstBeYear = 2400;
    private const int LastBeYear = 3000;

    /// <summary>A date typed into one field. Blank gives an error when <paramref name="required"/>, otherwise no value.</summary>
    public static ThaiDateResult<DateOnly> Parse(string? text, bool required = true)
    {
        var normalized = Normalize(text);
        if (normalized.Length == 0)
        {
            return required ? Refuse<DateOnly>($"กรุณากรอกวันที่ แบบ {DateHint} {DateExample}") : default;
        }

        if (TimePattern().IsMatch(normalized))
        {
            return Refuse<DateOnly>($"ช่องนี้กรอกเฉพาะวันที่ ไม่ต้องมีเวลา กรอกแบบ {DateHint} {DateExample}");
        }

        return ParseDatePart(normalized, DateHint, DateExample);
    }

    /// <summary>A date from three fields: day, month (number, Thai name or abbreviation) and BE year.</summary>
    public static ThaiDateResult<DateOnly> Parse(string? day, string? month, string? year, bool required = true)
    {
        var parts = new[] { Normalize(day), Normalize(month), Normalize(year) };
        if (parts.All(p => p.Length == 0))
        {
            return required ? Refuse<DateOnly>($"กรุณากรอกวัน เดือน และปี พ.ศ. {DateExample}") : default;
        }

        if (parts.Any(p => p.Length == 0))
        {
            return Refuse<DateOnly>($"กรุณากรอกให้ครบทั้งวัน เดือน และปี พ.ศ. {DateExample}");
        }

        var monthNumber = int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : ThaiCalendar.MonthOfName(parts[1]);
        if (monthNumber is null)
        {
            return Refuse<DateOnly>($"ไม่รู้จักเดือน \"{parts[1]}\" กรอกเป็นตัวเลข 1–12 หรือชื่อเดือน เช่น พ.ย. หรือ พฤศจิกายน");
        }

        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var d))
        {
            return Refuse<DateOnly>($"วันต้องเป็นตัวเลข 1–31 {DateExample}");
        }

        return Build(d, monthNumber.Value, parts[2], DateHint, DateExample);
    }

    /// <summary>A Bangkok wall-clock date and 24-hour time typed into one field, as an instant (in UTC).</summary>
    public static ThaiDateResult<DateTimeOffset> ParseDateTime(string? text, bool required = true)
    {
        var normalized = Normalize(text);
        if (normalized.Length == 0)
        {
            return required ? Refuse<DateTimeOffset>($"กรุณากรอกวันและเวลา แบบ {DateTimeHint} {DateTimeExample}") : default;
        }

        // "14:30" / "14.30" after the date; else the time as four digits, which a number pad of digits only can type:
        // after a space ("24/11/2569 1430") or, with no space on that pad, run on after a digits-only date ("241125691430").
        var time = TimePattern().Match(normalized);
        if (!time.Success)
        {
            time = DigitsTimePattern().Match(normalized);
        }

        if (!time.Success)
        {
            return Refuse<DateTimeOffset>($"กรุณากรอกเวลาต่อท้ายวันที่ แบบ {DateTimeHint} {DateTimeExample}");
        }

        var date = ParseDatePart(normalized[..time.Index].Trim(), DateTimeHint, DateTimeExample);
        if (date.Error is not null)
        {
            // "24 11 2569" or "24112569" alone: the last four digits were the year, not a time.
            return Refuse<DateTimeOffset>(time.Groups["colon"].Success || ParseDatePart(normalized, DateTimeHint, DateTimeExample).Error is not null
                ? date.Error
                : $"กรุณากรอกเวลาต่อท้ายวันที่ แบบ {DateTimeHint} {DateTimeExample}");
        }

        var hour = int.Parse(time.Groups["hour"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(time.Groups["minute"].Value, CultureInfo.InvariantCulture);
        if (hour > 23 || minute > 59)
        {
            return Refuse<DateTimeOffset>($"เวลา {time.Groups["hour"].Value}:{time.Groups["minute"].Value} ไม่มีจริง ใช้เวลาแบบ 24 ชั่วโมง (00:00–23:59) กรอกแบบ {DateTimeHint} {DateTimeExample}");
        }

        var local = date.Value!.Value.ToDateTime(new TimeOnly(hour, minute));
        // Returned in UTC: the same instant, and the form PostgreSQL's timestamptz accepts.
        var instant = new DateTimeOffset(local, BangkokTime.TimeZone.GetUtcOffset(local)).ToUniversalTime();
        return new ThaiDateResult<DateTimeOffset>(instant, null);
    }

    /// <summary>"24/11/2569": how a date field shows a stored date, in the form it accepts.</summary>
    public static string Format(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day:D2}/{date.Month:D2}/{FiscalYear.CeToBe(date.Year)}");

    /// <summary>"24/11/2569 14:30" in Bangkok time.</summary>
    public static string Format(DateTimeOffset instant)
    {
        var local = BangkokTime.ToBangkok(instant);
        return string.Create(CultureInfo.InvariantCulture, $"{Format(DateOnly.FromDateTime(local.DateTime))} {local.Hour:D2}:{local.Minute:D2}");
    }

    private static ThaiDateResult<DateOnly> ParseDatePart(string text, string hint, string example)
    {
        var numeric = NumericPattern().Match(text);
        if (numeric.Success)
        {
            var day = int.Parse(numeric.Groups["day"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(numeric.Groups["month"].Value, CultureInfo.InvariantCulture);
            return Build(day, month, numeric.Groups["year"].Value, hint, example);
        }

        if (text.Length > 0 && text.All(char.IsAsciiDigit))
        {
            var digits = DigitsPattern().Match(text);
            if (!digits.Success)
            {
                return Refuse<DateOnly>(
                    $"อ่านวันที่ \"{text}\" ไม่ได้ ถ้าพิมพ์เป็นตัวเลขติดกัน ให้ใส่วันและเดือนอย่างละ 2 หลัก และปี พ.ศ. 4 หลัก (หรือ 2 หลักท้าย) เช่น 01032569 หรือ 010369 กรอกแบบ {hint} {example}");
            }

            var day = int.Parse(digits.Groups["day"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(digits.Groups["month"].Value, CultureInfo.InvariantCulture);
            return Build(day, month, digits.Groups["year"].Value, hint, example);
        }

        var named = NamedMonthPattern().Match(text);
        if (named.Success && ThaiCalendar.MonthOfName(named.Groups["month"].Value) is { } monthNumber)
        {
            var day = int.Parse(named.Groups["day"].Value, CultureInfo.InvariantCulture);
            return Build(day, monthNumber, named.Groups["year"].Value, hint, example);
        }

        return Refuse<DateOnly>($"อ่านวันที่ \"{text}\" ไม่ได้ กรอกแบบ {hint} {example}");
    }

    private static ThaiDateResult<DateOnly> Build(int day, int month, string yearText, string hint, string example)
    {
        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || yearText.Length is not (2 or 4))
        {
            return Refuse<DateOnly>($"ปีต้องเป็น พ.ศ. 4 หลัก (หรือ 2 หลักท้าย) กรอกแบบ {hint} {example}");
        }

        if (yearText.Length == 4 && year < FirstBeYear)
        {
            return Refuse<DateOnly>(
                $"ปี {yearText} ดูเหมือนเป็น ค.ศ. กรุณากรอกปีเป็น พ.ศ. (เช่น {(year + FiscalYear.BuddhistEraOffset).ToString(CultureInfo.InvariantCulture)}) แบบ {hint}");
        }

        var beYear = yearText.Length == 2 ? 2500 + year : year;
        if (beYear > LastBeYear)
        {
            return Refuse<DateOnly>($"ปี พ.ศ. {yearText} ไม่ถูกต้อง กรอกแบบ {hint} {example}");
        }

        if (month is < 1 or > 12)
        {
            return Refuse<DateOnly>($"เดือนต้องเป็น 1–12 (ได้ {month.ToString(CultureInfo.InvariantCulture)}) กรอกแบบ {hint} {example}");
        }

        var ceYear = beYear - FiscalYear.BuddhistEraOffset;
        if (day < 1 || day > DateTime.DaysInMonth(ceYear, month))
        {
            return Refuse<DateOnly>(
                $"วันที่ {day.ToString(CultureInfo.InvariantCulture)} ไม่มีในเดือน{ThaiCalendar.MonthName(month)} {beYear.ToString(CultureInfo.InvariantCulture)} กรอกแบบ {hint} {example}");
        }

        return new ThaiDateResult<DateOnly>(new DateOnly(ceYear, month, day), null);
    }

    private static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var ascii = ThaiDigits.ToAscii(text.Normalize(System.Text.NormalizationForm.FormC));
        return SpacesPattern().Replace(ascii, " ").Trim();
    }

    private static ThaiDateResult<T> Refuse<T>(string error) where T : struct => new(null, error);

    // Day, month and year separated by "/", ".", "-" or spaces (a phone's number pad often has no "/").
    [GeneratedRegex(@"^(?<day>\d{1,2})\s*[/.\- ]\s*(?<month>\d{1,2})\s*[/.\- ]\s*(?<year>\d+)$")]
    private static partial Regex NumericPattern();

    // Digits alone, as an iPhone's number pad types them: วว ดด ปปปป (8) or วว ดด ปป (6), nothing else.
    [GeneratedRegex(@"^(?<day>\d{2})(?<month>\d{2})(?<year>\d{4}|\d{2})$")]
    private static partial Regex DigitsPattern();

    // "24 พ.ย. 2569", "24พฤศจิกายน69", "24 พ.ย. พ.ศ. 2569"; the month word is checked against the table.
    [GeneratedRegex(@"^(?<day>\d{1,2})\s*(?<month>[\u0E00-\u0E4F.][\u0E00-\u0E4F. ]*?)\s*(?:พ\.\s*ศ\.\s*)?(?<year>\d+)$")]
    private static partial Regex NamedMonthPattern();

    // A trailing 24-hour time: "14:30", "14.30", "เวลา 14:30 น.".
    [GeneratedRegex(@"(?:\s+|\s*เวลา\s*)(?<hour>\d{1,2})(?<colon>[:.])(?<minute>\d{2})\s*(?:น\.?)?$")]
    private static partial Regex TimePattern();

    // A trailing time of four digits (ชชนน): after a space or "เวลา" ("24/11/2569 1430"), or run on after a date of
    // digits alone ("241125691430", "2411691430"). Only ParseDateTime looks for it: "24 11 2569" is a date.
    [GeneratedRegex(@"(?:(?<=\S)\s+|\s*เวลา\s*|(?<=^(?:\d{6}|\d{8})))(?<hour>\d{2})(?<minute>\d{2})\s*(?:น\.?)?$")]
    private static partial Regex DigitsTimePattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacesPattern();
}

/// <summary>A parsed value or a Thai error that says the expected form; neither when an optional field was left blank.</summary>
public readonly record struct ThaiDateResult<T>(T? Value, string? Error) where T : struct
{
    public bool IsValid => Error is null;
}
