using Prongsai.Core.Calendar;

namespace Prongsai.Tests.Calendar;

public class FiscalYearTests
{
    [Theory]
    [InlineData(2567, "2023-10-01", "2024-09-30", "2023-10", "2024-09")]
    [InlineData(2568, "2024-10-01", "2025-09-30", "2024-10", "2025-09")]
    [InlineData(2543, "1999-10-01", "2000-09-30", "1999-10", "2000-09")]
    public void Bounds_run_from_October_to_September(int be, string start, string end, string first, string last)
    {
        var fy = new FiscalYear(be);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), fy.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), fy.End);
        Assert.Equal(first, fy.FirstMonth.ToString());
        Assert.Equal(last, fy.LastMonth.ToString());
    }

    [Theory]
    [InlineData(2023, 9, 30, 2566)]
    [InlineData(2023, 10, 1, 2567)]
    [InlineData(2023, 12, 31, 2567)]
    [InlineData(2024, 1, 1, 2567)]
    [InlineData(2024, 9, 30, 2567)]
    [InlineData(2024, 10, 1, 2568)]
    public void ForDate_puts_October_in_the_next_fiscal_year(int year, int month, int day, int expectedBe)
    {
        Assert.Equal(expectedBe, FiscalYear.ForDate(new DateOnly(year, month, day)).BeYear);
    }

    [Theory]
    [InlineData(2023, 9, 30, false)]
    [InlineData(2023, 10, 1, true)]
    [InlineData(2024, 3, 15, true)]
    [InlineData(2024, 9, 30, true)]
    [InlineData(2024, 10, 1, false)]
    public void Contains_includes_both_ends(int year, int month, int day, bool expected)
    {
        Assert.Equal(expected, new FiscalYear(2567).Contains(new DateOnly(year, month, day)));
    }

    [Theory]
    [InlineData(2567, 2024)]
    [InlineData(2566, 2023)]
    [InlineData(2500, 1957)]
    public void BeToCe_and_CeToBe_differ_by_543(int be, int ce)
    {
        Assert.Equal(ce, FiscalYear.BeToCe(be));
        Assert.Equal(be, FiscalYear.CeToBe(ce));
    }

    [Fact]
    public void Constructor_rejects_a_CE_year_given_by_mistake()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FiscalYear(2024));
    }

    [Fact]
    public void Names_for_people_and_machines()
    {
        var fy = new FiscalYear(2567);
        Assert.Equal("ปีงบประมาณ พ.ศ. 2567", fy.ThaiName);
        Assert.Equal("2567", fy.ToString());
        Assert.Equal("2024-03", fy.HalfYearLastMonth.ToString());
        Assert.True(fy.Contains(new YearMonth(2023, 10)));
        Assert.False(fy.Contains(new YearMonth(2024, 10)));
    }
}
