using System.Globalization;
using System.Text.RegularExpressions;
using Prongsai.Core.Calendar;
using Prongsai.Core.Text;

namespace Prongsai.Core.Budget;

/// <summary>The Thai names of the budget structure and the months, and reading them as offices type them.</summary>
public static partial class BudgetNames
{
    private static readonly (BudgetCategory Category, string Thai, string English)[] Categories =
    [
        (BudgetCategory.Personnel, "งบบุคลากร", "Personnel"),
        (BudgetCategory.Operating, "งบดำเนินงาน", "Operating"),
        (BudgetCategory.Investment, "งบลงทุน", "Investment"),
        (BudgetCategory.Subsidy, "งบเงินอุดหนุน", "Subsidies"),
        (BudgetCategory.OtherExpense, "งบรายจ่ายอื่น", "Other expenses"),
        (BudgetCategory.Central, "งบกลาง", "Central fund"),
    ];

    /// <summary>Short month names in fiscal order: index 0 = ต.ค. (fiscal month 1) … 11 = ก.ย.</summary>
    public static IReadOnlyList<string> ShortMonths { get; } = InFiscalOrder(ThaiCalendar.MonthAbbreviations);

    /// <summary>Full month names in fiscal order: index 0 = ตุลาคม … 11 = กันยายน.</summary>
    public static IReadOnlyList<string> LongMonths { get; } = InFiscalOrder(ThaiCalendar.MonthNames);

    /// <summary>The calendar's January-first list turned to start in October, the fiscal year's first month.</summary>
    private static List<string> InFiscalOrder(IReadOnlyList<string> januaryFirst) =>
        Enumerable.Range(0, 12).Select(i => januaryFirst[(i + 9) % 12]).ToList();

    public static IReadOnlyList<BudgetCategory> AllCategories { get; } = Categories.Select(c => c.Category).ToList();

    public static string Thai(BudgetCategory category) => Categories.First(c => c.Category == category).Thai;

    public static string English(BudgetCategory category) => Categories.First(c => c.Category == category).English;

    public static string Thai(BudgetReportKind kind) => kind switch
    {
        BudgetReportKind.Plan => "แผนการใช้จ่ายงบประมาณประจำปี",
        BudgetReportKind.SixMonth => "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ รอบ 6 เดือน (ตุลาคม – มีนาคม)",
        BudgetReportKind.Annual => "รายงานผลการใช้จ่ายงบประมาณประจำปี",
        _ => kind.ToString(),
    };

    public static string English(BudgetReportKind kind) => kind switch
    {
        BudgetReportKind.Plan => "Budget spending plan",
        BudgetReportKind.SixMonth => "Six-month spending report (October – March)",
        BudgetReportKind.Annual => "Annual spending report",
        _ => kind.ToString(),
    };

    private static readonly BilingualWords<BudgetPlanningPeriod> Periods = new(
        (BudgetPlanningPeriod.Month, "รายเดือน", "Monthly"),
        (BudgetPlanningPeriod.Quarter, "รายไตรมาส", "Quarterly"));

    /// <summary>How often the plan's amounts are set, on the plan's form and in the audit trail.</summary>
    public static string Thai(BudgetPlanningPeriod period) => Periods.Thai(period);

    public static string English(BudgetPlanningPeriod period) => Periods.English(period);

    /// <summary>The ?report= token of a report kind: plan, six-month, annual.</summary>
    public static string Token(BudgetReportKind kind) => kind switch
    {
        BudgetReportKind.SixMonth => "six-month",
        BudgetReportKind.Annual => "annual",
        _ => "plan",
    };

    public static BudgetReportKind? ParseKind(string? token) => (token ?? "").Trim().ToLowerInvariant() switch
    {
        "" or "plan" => BudgetReportKind.Plan,
        "six-month" or "6-month" or "sixmonth" => BudgetReportKind.SixMonth,
        "annual" => BudgetReportKind.Annual,
        _ => null,
    };

    /// <summary>The months a report shows disbursements of: none for the plan, ต.ค.–มี.ค. for six months, all for the year.</summary>
    public static int MonthsOf(BudgetReportKind kind) => kind switch
    {
        BudgetReportKind.SixMonth => 6,
        BudgetReportKind.Annual => 12,
        _ => 0,
    };

    /// <summary>A งบ by its Thai name ("งบดำเนินงาน", "ดำเนินงาน", with a code in front or not) or English name.</summary>
    public static BudgetCategory? ParseCategory(string? text)
    {
        var t = Collapse(CodeAndName(text).Name);
        if (t.Length == 0)
        {
            return null;
        }

        foreach (var c in Categories)
        {
            if (t == c.Thai || t == c.Thai[2..] || string.Equals(t, c.English, StringComparison.OrdinalIgnoreCase)
                || string.Equals(t, c.Category.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return c.Category;
            }
        }

        return null;
    }

    /// <summary>"00110 แผนงานบริหารงานทั่วไป" → ("00110", "แผนงานบริหารงานทั่วไป"); a name without a code keeps a null code.</summary>
    public static (string? Code, string Name) CodeAndName(string? text)
    {
        var t = Collapse(ThaiDigits.ToAscii(text ?? ""));
        var match = CodePattern().Match(t);
        return match.Success ? (match.Groups[1].Value, match.Groups[2].Value.Trim()) : (null, t);
    }

    /// <summary>The month of a disbursement row within the fiscal year: "ต.ค. 2567", "10/2567", "ตุลาคม 2567" → fiscal month 1…12.</summary>
    public static (int? FiscalMonth, string? Error) ParseMonth(string? text, int fiscalYear)
    {
        var t = Collapse(ThaiDigits.ToAscii(text ?? "")).Replace(" พ.ศ.", " ", StringComparison.Ordinal);
        t = Collapse(t);
        if (t.Length == 0)
        {
            return (null, "กรุณากรอกเดือน เช่น \"ต.ค. 2567\" หรือ \"10/2567\"");
        }

        int? calendarMonth = null;
        int? year = null;
        var numeric = NumericMonthPattern().Match(t);
        if (numeric.Success)
        {
            calendarMonth = int.Parse(numeric.Groups[1].Value, CultureInfo.InvariantCulture);
            year = int.Parse(numeric.Groups[2].Value, CultureInfo.InvariantCulture);
        }
        else
        {
            var named = NamedMonthPattern().Match(t);
            if (named.Success)
            {
                var name = named.Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
                for (var i = 0; i < 12; i++)
                {
                    if (name == ShortMonths[i].Replace(" ", "", StringComparison.Ordinal) || name == ShortMonths[i].TrimEnd('.')
                        || name == ShortMonths[i].Replace(".", "", StringComparison.Ordinal) || name == LongMonths[i])
                    {
                        calendarMonth = CalendarMonth(i + 1);
                    }
                }

                if (named.Groups[2].Success && named.Groups[2].Value.Length > 0)
                {
                    year = int.Parse(named.Groups[2].Value, CultureInfo.InvariantCulture);
                }
            }
        }

        if (calendarMonth is not (>= 1 and <= 12))
        {
            return (null, $"อ่านเดือนไม่ได้: \"{PlainText.Typed(text, 41)}\" (เช่น \"ต.ค. 2567\", \"10/2567\" หรือ \"ตุลาคม 2567\")");
        }

        var fiscalMonth = FiscalMonth(calendarMonth.Value);
        var expectedYear = ExpectedBeYear(fiscalYear, fiscalMonth);
        if (year is { } y)
        {
            if (y is >= 2400 and <= 2999 or >= 0 and <= 99)
            {
                if (y < 100)
                {
                    y += 2500;
                }
            }

            if (y != expectedYear)
            {
                return (null, string.Create(CultureInfo.InvariantCulture,
                    $"เดือน \"{PlainText.Typed(text, 41)}\" ไม่อยู่ในปีงบประมาณ {fiscalYear} (ต.ค. {fiscalYear - 1} – ก.ย. {fiscalYear})"));
            }
        }

        return (fiscalMonth, null);
    }

    /// <summary>Fiscal month 1 (ตุลาคม) … 12 (กันยายน) from a calendar month 1…12.</summary>
    public static int FiscalMonth(int calendarMonth) => ((calendarMonth + 2) % 12) + 1;

    public static int CalendarMonth(int fiscalMonth) => ((fiscalMonth + 8) % 12) + 1;

    /// <summary>The Buddhist-era calendar year of a fiscal month: ต.ค.–ธ.ค. belong to the year before the fiscal year.</summary>
    public static int ExpectedBeYear(int fiscalYear, int fiscalMonth) => fiscalMonth <= 3 ? fiscalYear - 1 : fiscalYear;

    /// <summary>"ต.ค. 67" for a chart axis or a column.</summary>
    public static string ShortMonthYear(int fiscalYear, int fiscalMonth) =>
        string.Create(CultureInfo.InvariantCulture, $"{ShortMonths[fiscalMonth - 1]} {ExpectedBeYear(fiscalYear, fiscalMonth) % 100:00}");

    /// <summary>"ตุลาคม 2567".</summary>
    public static string LongMonthYear(int fiscalYear, int fiscalMonth) =>
        string.Create(CultureInfo.InvariantCulture, $"{LongMonths[fiscalMonth - 1]} {ExpectedBeYear(fiscalYear, fiscalMonth)}");

    /// <summary>The fiscal month a date falls in, with its fiscal year.</summary>
    public static (int FiscalYear, int FiscalMonth) FiscalMonthOf(DateOnly date) =>
        (Calendar.FiscalYear.ForDate(date).BeYear, FiscalMonth(date.Month));

    /// <summary>Trimmed, inner white space (including no-break spaces and new lines) as one space.</summary>
    public static string Collapse(string? text) =>
        string.Join(' ', (text ?? "").Split([' ', '\t', '\n', '\r', '\u00A0', '\u200B'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The key two texts are matched on (รายการ to a line): collapsed, Thai digits as ASCII, case-insensitive.</summary>
    public static string MatchKey(string? text) => Collapse(ThaiDigits.ToAscii(text ?? "")).ToLowerInvariant();


    [GeneratedRegex(@"^(\d{3,10})\s*[-–:.]?\s+(.+)$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^(\d{1,2})\s*[/\-.]\s*(\d{2,4})$")]
    private static partial Regex NumericMonthPattern();

    [GeneratedRegex(@"^([ก-๛][ก-๛. ]*?)\s*(\d{2,4})?$")]
    private static partial Regex NamedMonthPattern();
}
