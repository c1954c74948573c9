using System.Globalization;

namespace Prongsai.Core.Calendar;

/// <summary>
/// A Thai government fiscal year (ปีงบประมาณ), named by its Buddhist Era year:
/// FY 2567 runs from 1 October 2023 to 30 September 2024.
/// </summary>
public readonly record struct FiscalYear
{
    /// <summary>BE = CE + 543.</summary>
    public const int BuddhistEraOffset = 543;

    /// <summary>Fiscal years start in October.</summary>
    public const int FirstMonthNumber = 10;

    public FiscalYear(int beYear)
    {
        // Guard against CE years passed by mistake (2024 would silently mean 1481 CE).
        ArgumentOutOfRangeException.ThrowIfLessThan(beYear, 2400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(beYear, 3000);
        BeYear = beYear;
    }

    /// <summary>The Buddhist Era year that names the fiscal year, e.g. 2567.</summary>
    public int BeYear { get; }

    /// <summary>The CE year in which the fiscal year ends (2024 for FY 2567).</summary>
    public int EndCeYear => BeToCe(BeYear);

    public DateOnly Start => new(EndCeYear - 1, FirstMonthNumber, 1);

    public DateOnly End => new(EndCeYear, 9, 30);

    public YearMonth FirstMonth => new(EndCeYear - 1, FirstMonthNumber);

    public YearMonth LastMonth => new(EndCeYear, 9);

    /// <summary>The first half-year reporting round (รอบ 6 เดือน): October to March.</summary>
    public YearMonth HalfYearLastMonth => new(EndCeYear, 3);

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public bool Contains(YearMonth month) => month >= FirstMonth && month <= LastMonth;

    /// <summary>The fiscal year a date falls in: October onwards belongs to the next fiscal year.</summary>
    public static FiscalYear ForDate(DateOnly date) =>
        new(CeToBe(date.Month >= FirstMonthNumber ? date.Year + 1 : date.Year));

    public static FiscalYear ForMonth(YearMonth month) => ForDate(month.FirstDay);

    public static int BeToCe(int beYear) => beYear - BuddhistEraOffset;

    public static int CeToBe(int ceYear) => ceYear + BuddhistEraOffset;

    /// <summary>"ปีงบประมาณ พ.ศ. 2567", for people.</summary>
    public string ThaiName => string.Create(CultureInfo.InvariantCulture, $"ปีงบประมาณ พ.ศ. {BeYear}");

    /// <summary>The BE year as invariant digits, for routes, keys and file names.</summary>
    public override string ToString() => BeYear.ToString(CultureInfo.InvariantCulture);
}
