using Prongsai.Core.Measures.Import;

namespace Prongsai.Tests.Measures.Import;

public class SeedTextReaderTests
{
    private static ImportReadResult Read(SeedTextBuilder file, int fiscalYear = 2567) =>
        SeedTextReader.Read(file.ToString(), "bangkha", fiscalYear);

    [Theory]
    [InlineData("")]
    [InlineData("## ชื่อรายงาน\n\nมีแต่ข้อความ ไม่มีตาราง")]
    [InlineData("มาตรการ/แนวทาง ขั้นตอน ไม่มีแท็บ")]
    public void A_file_without_a_table_is_an_error(string text)
    {
        var result = SeedTextReader.Read(text, "bangkha", 2567);

        Assert.False(result.Succeeded);
        Assert.Null(result.Report);
        Assert.Contains("ไม่พบตารางมาตรการ", Assert.Single(result.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_without_rows_is_an_error()
    {
        var result = Read(new SeedTextBuilder().Title().Table());

        Assert.False(result.Succeeded);
        Assert.Contains("ไม่มีแถวข้อมูล", Assert.Single(result.Errors), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", 2567)]
    [InlineData("bangkha", 2024)]
    public void Bad_arguments_are_errors(string organization, int fiscalYear)
    {
        var result = SeedTextReader.Read(new SeedTextBuilder().Table(SeedTextBuilder.Row()).ToString(), organization, fiscalYear);

        Assert.False(result.Succeeded);
        Assert.NotEmpty(result.Errors);
    }

    [Theory]
    [InlineData("1. ก\t2. ข\tกองคลัง", 3)]
    [InlineData("1. ก\tข\tค\tง\tจ\tฉ\tช", 7)]
    public void Rows_with_the_wrong_cell_count_are_skipped_with_a_warning(string badRow, int cells)
    {
        var result = Read(new SeedTextBuilder().Title().Table(SeedTextBuilder.Row(), badRow));

        Assert.True(result.Succeeded);
        Assert.Single(result.Report.Measures);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(ImportWarningCodes.WrongCellCount, warning.Code);
        Assert.Equal(5, warning.Row);
        Assert.Contains($"มี {cells} คอลัมน์", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Trailing_empty_cells_are_not_a_wrong_cell_count()
    {
        var result = Read(new SeedTextBuilder().Title().Table(SeedTextBuilder.Row() + "\t\t"));

        Assert.True(result.Succeeded);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void An_unreadable_period_keeps_its_text_and_warns()
    {
        var result = Read(new SeedTextBuilder().Title().Table(SeedTextBuilder.Row(period: "<p>ไตรมาสที่ 2</p>")));

        Assert.True(result.Succeeded);
        var period = Assert.Single(result.Report.Measures).Period;
        Assert.Equal("ไตรมาสที่ 2", period.Text);
        Assert.Null(period.Start);
        Assert.Null(period.End);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(ImportWarningCodes.UnparsedPeriod, warning.Code);
        Assert.Contains("ไตรมาสที่ 2", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Whole_fiscal_year_uses_the_fiscal_year_being_imported()
    {
        var result = Read(new SeedTextBuilder().Title().Table(SeedTextBuilder.Row(period: "ตลอดปีงบประมาณ")));

        var period = Assert.Single(result.Report!.Measures).Period;
        Assert.Equal(("2023-10", "2024-09"), (period.Start, period.End));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_period_outside_the_fiscal_year_warns()
    {
        var result = Read(new SeedTextBuilder().Title().Table(SeedTextBuilder.Row(period: "ตุลาคม 2567 - มีนาคม 2568")));

        Assert.Equal(ImportWarningCodes.PeriodOutsideFiscalYear, Assert.Single(result.Warnings).Code);
        Assert.Equal("2024-10", result.Report!.Measures[0].Period.Start);
    }

    [Fact]
    public void Missing_title_gets_a_default_and_a_warning()
    {
        var result = Read(new SeedTextBuilder().Line("บทนำ").Table(SeedTextBuilder.Row()));

        Assert.True(result.Succeeded);
        Assert.Contains("พ.ศ. 2567", result.Report.Title, StringComparison.Ordinal);
        Assert.Equal("บทนำ", result.Report.Introduction);
        Assert.Equal(ImportWarningCodes.MissingTitle, Assert.Single(result.Warnings).Code);
    }

    [Fact]
    public void A_title_naming_another_fiscal_year_warns()
    {
        var result = Read(new SeedTextBuilder().Title("รายงาน ประจำปีงบประมาณ พ.ศ. 2566").Table(SeedTextBuilder.Row()));

        var warning = Assert.Single(result.Warnings);
        Assert.Equal(ImportWarningCodes.FiscalYearMismatch, warning.Code);
        Assert.Equal(1, warning.Row);
    }

    [Fact]
    public void Introduction_keeps_paragraph_breaks_only()
    {
        var result = Read(new SeedTextBuilder().Title().Line("ย่อหน้า   แรก").Line("").Line("<p>ย่อหน้า&nbsp;สอง</p>").Line("").Table(SeedTextBuilder.Row()));

        Assert.Equal("ย่อหน้า แรก\n\nย่อหน้า สอง", result.Report!.Introduction);
    }

    [Fact]
    public void Text_between_tables_is_reported_not_imported()
    {
        var file = new SeedTextBuilder().Title()
            .Table(SeedTextBuilder.Row())
            .Line("หมายเหตุ ข้อความนอกตาราง")
            .Table(SeedTextBuilder.Row(measure: "2. มาตรการที่สอง"));

        var result = Read(file);

        Assert.Equal(["1", "2"], result.Report!.Measures.Select(m => m.Number));
        Assert.Equal(ImportWarningCodes.TextOutsideTable, Assert.Single(result.Warnings).Code);
    }

    [Theory]
    [InlineData("1. จัดทำคู่มือ", "1", "จัดทำคู่มือ")]
    [InlineData("<p>2. เปิดเผยข้อมูล</p>", "2", "เปิดเผยข้อมูล")]
    [InlineData("๓. เสริมสร้างการรับรู้", "3", "เสริมสร้างการรับรู้")]
    [InlineData("4) กำหนดแนวทาง", "4", "กำหนดแนวทาง")]
    [InlineData("1.1 มาตรการย่อย", "1.1", "มาตรการย่อย")]
    [InlineData("5.ติดกัน", "5", "ติดกัน")]
    public void Measure_numbers_are_read_from_the_first_cell(string cell, string number, string title)
    {
        var item = Assert.Single(Read(new SeedTextBuilder().Title().Table(SeedTextBuilder.Row(measure: cell))).Report!.Measures);

        Assert.Equal(number, item.Number);
        Assert.Equal(title, item.Title);
    }

    [Fact]
    public void A_measure_without_a_number_is_numbered_by_position_with_a_warning()
    {
        var result = Read(new SeedTextBuilder().Title().Table(SeedTextBuilder.Row(), SeedTextBuilder.Row(measure: "มาตรการไม่มีเลข")));

        Assert.Equal(["1", "2"], result.Report!.Measures.Select(m => m.Number));
        Assert.Equal("มาตรการไม่มีเลข", result.Report.Measures[1].Title);
        Assert.Equal(ImportWarningCodes.MissingMeasureNumber, Assert.Single(result.Warnings).Code);
    }

    [Theory]
    [InlineData("ตามตัวชี้วัดที่ 9 และตัวชี้วัดที่ 10", new[] { 9, 10 })]
    [InlineData("ตัวชี้วัดที่ ๑๐ และ ตัวชี้วัดที่10 ซ้ำ", new[] { 10 })]
    [InlineData("ไม่มีตัวชี้วัด", new int[0])]
    public void Indicator_mentions_become_the_indicator_list(string results, int[] expected)
    {
        var item = Assert.Single(Read(new SeedTextBuilder().Title().Table(SeedTextBuilder.Row(results: results))).Report!.Measures);

        Assert.Equal(expected, item.Indicators);
    }

    [Fact]
    public void Duplicate_numbers_with_similar_rows_say_so()
    {
        var result = Read(new SeedTextBuilder().Title().Table(SeedTextBuilder.Row(), SeedTextBuilder.Row()));

        Assert.Equal(2, result.Report!.Measures.Count);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(ImportWarningCodes.DuplicateMeasureNumber, warning.Code);
        Assert.Contains("ใกล้เคียงกัน", warning.Message, StringComparison.Ordinal);
    }
}
