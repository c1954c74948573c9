using System.Globalization;
using Prongsai.Core.Calendar;

namespace Prongsai.Tests.Calendar;

public class YearMonthTests
{
    [Theory]
    [InlineData(2024, 3, "2024-03")]
    [InlineData(2023, 10, "2023-10")]
    [InlineData(999, 1, "0999-01")]
    public void ToString_is_invariant_yyyy_MM(int year, int month, string expected)
    {
        Assert.Equal(expected, new YearMonth(year, month).ToString());
    }

    [Fact]
    public void ToString_ignores_thai_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("th-TH");
            Assert.Equal("2024-03", new YearMonth(2024, 3).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("2024-03", 2024, 3)]
    [InlineData(" 2023-12 ", 2023, 12)]
    public void Parse_reads_yyyy_MM(string text, int year, int month)
    {
        Assert.Equal(new YearMonth(year, month), YearMonth.Parse(text));
    }

    [Theory]
    [InlineData("2024-13")]
    [InlineData("2024-00")]
    [InlineData("2024-3")]
    [InlineData("24-03")]
    [InlineData("2024/03")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_rejects_other_shapes(string? text)
    {
        Assert.False(YearMonth.TryParse(text, out _));
    }

    [Fact]
    public void Parse_throws_FormatException_for_bad_text()
    {
        Assert.Throws<FormatException>(() => YearMonth.Parse("March 2024"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Constructor_rejects_month_out_of_range(int month)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new YearMonth(2024, month));
    }

    [Theory]
    [InlineData(2023, 10, 5, "2024-03")]
    [InlineData(2023, 10, 11, "2024-09")]
    [InlineData(2024, 1, -1, "2023-12")]
    [InlineData(2024, 1, -13, "2022-12")]
    [InlineData(2024, 6, 0, "2024-06")]
    [InlineData(2024, 12, 1, "2025-01")]
    public void AddMonths_crosses_year_boundaries(int year, int month, int add, string expected)
    {
        Assert.Equal(expected, new YearMonth(year, month).AddMonths(add).ToString());
    }

    [Theory]
    [InlineData("2023-10", "2024-03", -1)]
    [InlineData("2024-03", "2023-10", 1)]
    [InlineData("2024-03", "2024-03", 0)]
    [InlineData("2023-12", "2024-01", -1)]
    public void CompareTo_orders_by_year_then_month(string left, string right, int expectedSign)
    {
        Assert.Equal(expectedSign, Math.Sign(YearMonth.Parse(left).CompareTo(YearMonth.Parse(right))));
    }

    [Fact]
    public void Operators_and_sorting_follow_calendar_order()
    {
        var months = new[] { "2024-09", "2023-10", "2024-01", "2023-12" }.Select(YearMonth.Parse).Order().ToList();
        Assert.Equal(["2023-10", "2023-12", "2024-01", "2024-09"], months.Select(m => m.ToString()));
        Assert.True(YearMonth.Parse("2023-10") < YearMonth.Parse("2024-01"));
        Assert.True(YearMonth.Parse("2024-01") >= YearMonth.Parse("2024-01"));
    }

    [Fact]
    public void MonthsUntil_and_days_of_month()
    {
        var october = new YearMonth(2023, 10);
        Assert.Equal(11, october.MonthsUntil(new YearMonth(2024, 9)));
        Assert.Equal(new DateOnly(2024, 2, 29), new YearMonth(2024, 2).LastDay);
        Assert.Equal(new DateOnly(2023, 10, 1), october.FirstDay);
    }
}
