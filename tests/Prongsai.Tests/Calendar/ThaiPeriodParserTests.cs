using Prongsai.Core.Calendar;

namespace Prongsai.Tests.Calendar;

public class ThaiPeriodParserTests
{
    [Theory]
    [InlineData("ตุลาคม 2566- มีนาคม 2567", "2023-10", "2024-03")]
    [InlineData("ตุลาคม 2566-กุมภาพันธ์ 2567", "2023-10", "2024-02")]
    [InlineData("<p>ตุลาคม 2566- กันยายน 2567</p>", "2023-10", "2024-09")]
    [InlineData("  ตุลาคม   2566 \n - \n มีนาคม 2567 ", "2023-10", "2024-03")]
    [InlineData("ต.ค. 66 - ก.ย. 67", "2023-10", "2024-09")]
    [InlineData("ต.ค.2566 – ก.ย.2567", "2023-10", "2024-09")]
    [InlineData("ต.ค.66—มี.ค.67", "2023-10", "2024-03")]
    [InlineData("ตุลา 66 - มีนา 67", "2023-10", "2024-03")]
    [InlineData("กุมภา - กรกฎา 2567", "2024-02", "2024-07")]
    [InlineData("ตุลาคม ๒๕๖๖ - มีนาคม ๒๕๖๗", "2023-10", "2024-03")]
    [InlineData("เดือนตุลาคม พ.ศ. 2566 ถึง เดือนมีนาคม พ.ศ. 2567", "2023-10", "2024-03")]
    [InlineData("ตั้งแต่ พ.ย. 2566 ถึง ธ.ค. 2566", "2023-11", "2023-12")]
    [InlineData("มีนาคม 2567", "2024-03", "2024-03")]
    [InlineData("มี.ค. 67", "2024-03", "2024-03")]
    [InlineData("ตุลาคม - ธันวาคม 2566", "2023-10", "2023-12")]
    [InlineData("พฤศจิกายน - มีนาคม 2567", "2023-11", "2024-03")]
    [InlineData("ตุลาคม 2566 - มีนาคม", "2023-10", "2024-03")]
    [InlineData("มกราคม 2024 - มีนาคม 2024", "2024-01", "2024-03")]
    [InlineData("ตลอดปีงบประมาณ พ.ศ. 2567", "2023-10", "2024-09")]
    [InlineData("ตลอดปีงบประมาณ พ.ศ.2568", "2024-10", "2025-09")]
    [InlineData("ปีงบประมาณ 2567", "2023-10", "2024-09")]
    [InlineData("ปีงบประมาณ ๒๕๖๗", "2023-10", "2024-09")]
    public void Parses_loosely_written_periods(string text, string start, string end)
    {
        var period = ThaiPeriodParser.Parse(text, fiscalYearBe: null);

        Assert.True(period.IsParsed, period.Problem);
        Assert.Null(period.Problem);
        Assert.Equal(start, period.Start?.ToString());
        Assert.Equal(end, period.End?.ToString());
        Assert.Equal(text, period.OriginalText);
    }

    [Theory]
    [InlineData("ตลอดปีงบประมาณ", 2567, "2023-10", "2024-09")]
    [InlineData("ตลอดปีงบประมาณ", 2568, "2024-10", "2025-09")]
    [InlineData("ตลอดปีงบประมาณ พ.ศ. 2567", 2568, "2023-10", "2024-09")]
    public void Whole_fiscal_year_takes_its_year_from_the_text_or_the_report(string text, int fiscalYear, string start, string end)
    {
        var period = ThaiPeriodParser.Parse(text, fiscalYear);

        Assert.True(period.IsParsed);
        Assert.True(period.IsWholeFiscalYear);
        Assert.Equal(start, period.Start?.ToString());
        Assert.Equal(end, period.End?.ToString());
    }

    [Theory]
    [InlineData("ตุลาคม - มีนาคม", 2567, "2023-10", "2024-03")]
    [InlineData("มีนาคม", 2567, "2024-03", "2024-03")]
    [InlineData("ธ.ค.", 2567, "2023-12", "2023-12")]
    public void Months_without_years_are_placed_in_the_fiscal_year(string text, int fiscalYear, string start, string end)
    {
        var period = ThaiPeriodParser.Parse(text, fiscalYear);

        Assert.True(period.IsParsed, period.Problem);
        Assert.False(period.IsWholeFiscalYear);
        Assert.Equal(start, period.Start?.ToString());
        Assert.Equal(end, period.End?.ToString());
    }

    [Theory]
    [InlineData("ไตรมาสที่ 2")]
    [InlineData("ดำเนินการทันที")]
    [InlineData("asap")]
    [InlineData("ตุลาคม 2566 - มีนาคม 2567 - กันยายน 2567")]
    [InlineData("มีนาคม 2567 - ตุลาคม 2566")]
    [InlineData("ตุลาคม 256 - มีนาคม 2567")]
    [InlineData("")]
    [InlineData("   ")]
    public void Garbage_is_kept_as_written_with_a_problem(string text)
    {
        var period = ThaiPeriodParser.Parse(text, 2567);

        Assert.False(period.IsParsed);
        Assert.Null(period.Start);
        Assert.Null(period.End);
        Assert.Equal(text, period.OriginalText);
        Assert.False(string.IsNullOrWhiteSpace(period.Problem));
    }

    [Theory]
    [InlineData("ตลอดปีงบประมาณ")]
    [InlineData("ตุลาคม - มีนาคม")]
    public void Without_any_year_and_no_fiscal_year_it_says_so(string text)
    {
        var period = ThaiPeriodParser.Parse(text, fiscalYearBe: null);

        Assert.False(period.IsParsed);
        Assert.Contains("ปี", period.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ToReportPeriod_uses_invariant_year_months_or_nulls()
    {
        var parsed = ThaiPeriodParser.Parse("ตุลาคม 2566- มีนาคม 2567", 2567).ToReportPeriod();
        Assert.Equal(new Core.Measures.Reports.ReportPeriod("ตุลาคม 2566- มีนาคม 2567", "2023-10", "2024-03"), parsed);

        var unparsed = ThaiPeriodParser.Parse("ไตรมาสที่ 2", 2567).ToReportPeriod();
        Assert.Equal(new Core.Measures.Reports.ReportPeriod("ไตรมาสที่ 2", null, null), unparsed);
    }
    [Theory]
    [InlineData("สรุปผลการดำเนินการจัดซื้อจัดจ้าง (สขร.1) ประจำเดือนตุลาคม 2567", "2024-10")]
    [InlineData("สขร.1 เดือน ต.ค. 67", "2024-10")]
    [InlineData("สขร.1 ประจำเดือนมีนาคม", "2025-03")]
    [InlineData("แบบ สขร.1 ธันวาคม ๒๕๖๗", "2024-12")]
    [InlineData("สรุปผลการจัดซื้อจัดจ้าง ตุลาคม - ธันวาคม 2567", null)] // a quarter, not one month
    [InlineData("สขร.1 เดือนตุลาคม 2566", null)] // the year before FY2568
    [InlineData("รายงานการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2568", null)]
    [InlineData("ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุสำนักงาน", null)] // "สำนักงาน" holds no month
    public void Finds_the_one_month_a_title_names_within_the_fiscal_year(string title, string? month) =>
        Assert.Equal(month, ThaiPeriodParser.MonthNamedIn(title, 2568)?.ToString());
}
