using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Prongsai.Core.Text;

namespace Prongsai.Core.Calendar;

/// <summary>
/// Reads the loosely written implementation periods of Thai reports:
/// "ตุลาคม 2566- มีนาคม 2567", "ต.ค. 66 - ก.ย. 67", "ต.ค.2566 – ก.ย.2567", "ตุลา 66 - มีนา 67", Thai digits,
/// "ตลอดปีงบประมาณ [พ.ศ. 2567]", "ปีงบประมาณ 2567", a single month, or a range whose first
/// month has no year ("ตุลาคม - ธันวาคม 2566").
/// </summary>
/// <remarks>
/// Years: four digits from 2400 are BE, four digits 1900–2399 are taken as CE (some documents
/// use CE), two digits are BE 25xx. A month without any year is placed in
/// <c>fiscalYearBe</c> when it is given (October–December in its first CE year).
/// </remarks>
public static partial class ThaiPeriodParser
{
    public static ThaiPeriod Parse(string? text, int? fiscalYearBe)
    {
        var original = text ?? string.Empty;
        var normalized = Normalize(original);
        if (normalized.Length == 0)
        {
            return ThaiPeriod.Unparsed(original, "ไม่ได้ระบุระยะเวลาดำเนินการ");
        }

        var fiscalYear = WholeFiscalYearPattern().Match(normalized);
        if (fiscalYear.Success)
        {
            return ParseWholeFiscalYear(original, fiscalYear, fiscalYearBe);
        }

        var months = MonthPattern().Matches(normalized);
        if (months.Count is 0 or > 2 || !OnlySeparatorsBetween(normalized, months))
        {
            return ThaiPeriod.Unparsed(original,
                "อ่านระยะเวลาดำเนินการไม่ได้ (ควรเขียนเช่น \"ตุลาคม 2566 - มีนาคม 2567\" หรือ \"ตลอดปีงบประมาณ\")");
        }

        var first = ReadMonth(months[0]);
        var last = months.Count == 2 ? ReadMonth(months[1]) : first;
        if (first.Year is null && last.Year is null && fiscalYearBe is null)
        {
            return ThaiPeriod.Unparsed(original, "ระยะเวลาดำเนินการไม่ได้ระบุปี และไม่ทราบปีงบประมาณ");
        }

        var (start, end) = ResolveYears(first, last, fiscalYearBe);
        if (start > end)
        {
            return ThaiPeriod.Unparsed(original, "เดือนเริ่มต้นอยู่หลังเดือนสิ้นสุด");
        }

        return ThaiPeriod.Range(original, start, end);
    }

    /// <summary>
    /// The one month a title names within the fiscal year ("สขร.1 ประจำเดือนตุลาคม 2567", "เดือน ต.ค. 67"), or null when
    /// it names none, several, or one outside the year. Only a full month name, or any form after "เดือน", counts: a bare
    /// abbreviation such as "มค" is also a run of letters inside other words.
    /// </summary>
    public static YearMonth? MonthNamedIn(string? title, int fiscalYearBe)
    {
        var normalized = Normalize(title ?? string.Empty);
        var named = MonthPattern().Matches(normalized)
            .Where(m => m.Value.StartsWith("เดือน", StringComparison.Ordinal) || m.Groups["month"].Value.Length >= 6)
            .Select(ReadMonth)
            .Distinct()
            .ToList();
        if (named.Count != 1 || fiscalYearBe is < 2400 or > 3000)
        {
            return null;
        }

        var fiscal = new FiscalYear(fiscalYearBe);
        var month = new YearMonth(named[0].Year ?? YearInFiscalYear(named[0].Month, fiscal), named[0].Month);
        return month >= fiscal.FirstMonth && month <= fiscal.LastMonth ? month : null;
    }

    private static ThaiPeriod ParseWholeFiscalYear(string original, Match match, int? fiscalYearBe)
    {
        int? beYear = match.Groups["year"].Success ? ToBeYear(match.Groups["year"].Value) : fiscalYearBe;
        if (beYear is null)
        {
            return ThaiPeriod.Unparsed(original, "ระบุว่าตลอดปีงบประมาณ แต่ไม่ทราบว่าเป็นปีงบประมาณใด");
        }

        if (beYear is < 2400 or > 3000)
        {
            return ThaiPeriod.Unparsed(original, "ปีงบประมาณไม่ถูกต้อง");
        }

        var fy = new FiscalYear(beYear.Value);
        return ThaiPeriod.Range(original, fy.FirstMonth, fy.LastMonth, isWholeFiscalYear: true);
    }

    private static (YearMonth Start, YearMonth End) ResolveYears(MonthMention first, MonthMention last, int? fiscalYearBe)
    {
        int startYear;
        int endYear;
        if (first.Year is { } fy && last.Year is { } ly)
        {
            (startYear, endYear) = (fy, ly);
        }
        else if (last.Year is { } knownEnd)
        {
            // "ตุลาคม - ธันวาคม 2566": the start is in the same year unless the range wraps past December.
            endYear = knownEnd;
            startYear = first.Month > last.Month ? knownEnd - 1 : knownEnd;
        }
        else if (first.Year is { } knownStart)
        {
            startYear = knownStart;
            endYear = last.Month < first.Month ? knownStart + 1 : knownStart;
        }
        else
        {
            var fiscal = new FiscalYear(fiscalYearBe!.Value);
            startYear = YearInFiscalYear(first.Month, fiscal);
            endYear = YearInFiscalYear(last.Month, fiscal);
        }

        return (new YearMonth(startYear, first.Month), new YearMonth(endYear, last.Month));
    }

    private static int YearInFiscalYear(int month, FiscalYear fiscalYear) =>
        month >= FiscalYear.FirstMonthNumber ? fiscalYear.EndCeYear - 1 : fiscalYear.EndCeYear;

    private static MonthMention ReadMonth(Match match)
    {
        var month = MonthNumber(match.Groups["month"].Value);
        int? year = match.Groups["year"].Success ? ThaiCalendar.CeYearOfDigits(match.Groups["year"].Value) : null;
        return new MonthMention(month, year);
    }

    private static int MonthNumber(string written) => ThaiCalendar.MonthOfName(written)
        ?? throw new InvalidOperationException($"Month pattern matched an unknown month '{written}'.");

    private static int ToBeYear(string digits) => FiscalYear.CeToBe(ThaiCalendar.CeYearOfDigits(digits));

    private static bool OnlySeparatorsBetween(string text, MatchCollection months)
    {
        var rest = new StringBuilder(text);
        for (var i = months.Count - 1; i >= 0; i--)
        {
            rest.Remove(months[i].Index, months[i].Length);
        }

        return SeparatorsOnly().IsMatch(rest.ToString());
    }

    private static string Normalize(string text)
    {
        var plain = ThaiDigits.ToAscii(PlainText.FromHtml(text));
        var sb = new StringBuilder(plain.Length);
        foreach (var c in plain)
        {
            // Word and web pages turn "-" into en/em dashes and minus signs.
            sb.Append(c is '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' ? '-' : c);
        }

        return sb.ToString().Trim();
    }

    private readonly record struct MonthMention(int Month, int? Year);

    [GeneratedRegex(@"^(?:ตลอด)?\s*ปีงบ(?:ประมาณ)?\s*(?:พ\.?\s*ศ\.?\s*)?(?<year>\d{4}|\d{2})?\s*$")]
    private static partial Regex WholeFiscalYearPattern();

    // Full names are listed before spoken short forms ("ตุลา") and abbreviations, so "มีนาคม" is never read as "มีนา" or
    // "มี.ค." + rest.
    // Abbreviations accept missing dots and stray spaces ("ต.ค", "ต. ค.", "ตค.").
    [GeneratedRegex(
        @"(?:เดือน\s*)?(?<month>มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม"
        + @"|มกรา|กุมภา|มีนา|เมษา|พฤษภา|มิถุนา|กรกฎา|สิงหา|กันยา|ตุลา|พฤศจิกา|ธันวา"
        + @"|ม\.?\s?ค\.?|ก\.?\s?พ\.?|มี\.?\s?ค\.?|เม\.?\s?ย\.?|พ\.?\s?ค\.?|มิ\.?\s?ย\.?|ก\.?\s?ค\.?|ส\.?\s?ค\.?|ก\.?\s?ย\.?|ต\.?\s?ค\.?|พ\.?\s?ย\.?|ธ\.?\s?ค\.?)"
        + @"(?:\s*(?:พ\.?\s*ศ\.?|ค\.?\s*ศ\.?)?\s*(?<year>\d{4}|\d{2})(?!\d))?")]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"^[\s\-]*(?:(?:ถึง|จนถึง|ตั้งแต่|ระหว่าง)[\s\-]*)*$")]
    private static partial Regex SeparatorsOnly();
}
