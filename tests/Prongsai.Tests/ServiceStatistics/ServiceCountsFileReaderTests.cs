using Prongsai.Core.Calendar;
using Prongsai.Core.ServiceStatistics;

namespace Prongsai.Tests.ServiceStatistics;

/// <summary>
/// Reading a spreadsheet of service figures before it meets the database: the headings clerks write (titles above, the
/// months in Thai as they like them, a total), the figures as the month's form reads them, every problem with its row and
/// column at once, and the public file's shape.
/// </summary>
public sealed class ServiceCountsFileReaderTests
{
    private static readonly FiscalYear Year2568 = new(2568);

    private static IReadOnlyList<IReadOnlyList<string>> Table(params string[][] rows) => rows;

    [Theory]
    [InlineData("ต.ค. 67", 2024, 10)]
    [InlineData("ตุลาคม", 2024, 10)]
    [InlineData("ต.ค.", 2024, 10)]
    [InlineData("ตุลาคม 2567", 2024, 10)]
    [InlineData("ต.ค. ๖๗", 2024, 10)]
    [InlineData("ตค.67", 2024, 10)]
    [InlineData("ต.ค.-67", 2024, 10)]
    [InlineData("เดือนตุลาคม พ.ศ. 2567", 2024, 10)]
    [InlineData("ตุลา", 2024, 10)]
    [InlineData("10/2567", 2024, 10)]
    [InlineData("2567-10", 2024, 10)]
    [InlineData("Oct 2024", 2024, 10)]
    [InlineData("Oct-24", 2024, 10)]
    [InlineData("September", 2025, 9)]
    [InlineData("45566", 2024, 10)] // an Excel date cell (1 October 2024)
    [InlineData("มี.ค. 68", 2025, 3)]
    [InlineData("กุมภาพันธ์", 2025, 2)]
    [InlineData("ก.ย.", 2025, 9)]
    [InlineData("ก.ย. ๒๕๖๘", 2025, 9)]
    public void A_month_heading_is_read_as_clerks_write_it(string heading, int year, int month)
    {
        var reading = ServiceMonthText.Read(heading, Year2568);
        Assert.NotNull(reading);
        Assert.Null(reading.Problem);
        Assert.Equal(new YearMonth(year, month), reading.Month);
    }

    [Theory]
    [InlineData("งานบริการ")]
    [InlineData("รวม")]
    [InlineData("หน่วยนับ")]
    [InlineData("2568")]
    [InlineData("13/2567")]
    [InlineData("")]
    public void Other_headings_are_not_months(string heading) => Assert.Null(ServiceMonthText.Read(heading, Year2568));

    [Fact]
    public void A_month_of_another_fiscal_year_says_so()
    {
        var reading = ServiceMonthText.Read("ต.ค. 68", Year2568)!;
        Assert.Null(reading.Month);
        Assert.Equal("เดือน \"ต.ค. 68\" ไม่อยู่ในปีงบประมาณ 2568 (ต.ค. 2567 – ก.ย. 2568)", reading.Problem);
    }

    [Theory]
    [InlineData("1,250", 1250)]
    [InlineData(" ๑๒ ", 12)]
    [InlineData("0", 0)]
    [InlineData("1000000", 1_000_000)]
    public void A_figure_is_read_as_the_months_form_reads_it(string typed, int value) =>
        Assert.Equal(new ReadFigure(value, null), ServiceFigures.Read(typed));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-")]
    [InlineData(" – ")]
    [InlineData(null)]
    public void Empty_or_a_dash_is_not_recorded(string? typed) => Assert.Equal(new ReadFigure(null, null), ServiceFigures.Read(typed));

    [Theory]
    [InlineData("-5", FigureProblem.Negative)]
    [InlineData("-1.5", FigureProblem.Negative)]
    [InlineData("1.5", FigureProblem.Fraction)]
    [InlineData("12.0", FigureProblem.Fraction)]
    [InlineData("สิบ", FigureProblem.NotANumber)]
    [InlineData("12 ราย", FigureProblem.NotANumber)]
    [InlineData("1e3", FigureProblem.NotANumber)]
    [InlineData("1,000,001", FigureProblem.TooLarge)]
    [InlineData("99999999999", FigureProblem.TooLarge)]
    public void What_is_not_a_figure_says_why(string typed, FigureProblem problem) => Assert.Equal(problem, ServiceFigures.Read(typed).Problem);

    [Fact]
    public void Names_match_with_spaces_Thai_digits_and_a_sara_am_typed_in_two_parts()
    {
        Assert.Equal(ServiceNames.Key("บริการรถบรรทุกน้ำ  ประปา ๒๕๖๘"), ServiceNames.Key(" บริการรถบรรทุกน\u0E49\u0E4D\u0E32 ประปา\u00A02568"));
        Assert.Equal("บริการรถบรรทุกน้ำ", ServiceNames.Clean("บริการรถบรรทุกน\u0E4D\u0E49\u0E32\u200B"));
        Assert.NotEqual(ServiceNames.Key("ภาษีป้าย"), ServiceNames.Key("ภาษีที่ดิน"));
    }

    [Fact]
    public void A_clerks_sheet_with_a_title_a_total_and_Thai_headings_is_read_row_by_row()
    {
        var table = Table(
            ["สถิติการให้บริการ ประจำปีงบประมาณ พ.ศ. 2568"],
            ["องค์การบริหารส่วนตำบลทดสอบ"],
            [],
            ["ลำดับ", "ชื่องานบริการ", "หน่วย นับ", "ต.ค. 67", "พ.ย. 67", "ธ.ค. 67", "ม.ค. 68", "ก.พ. 68", "มี.ค. 68", "เม.ย. 68", "พ.ค. 68", "มิ.ย. 68", "ก.ค. 68", "ส.ค. 68", "ก.ย. 68", "รวม (ราย)"],
            ["1", "รับชำระภาษี", "ราย", "1,200", "๑๕", "-", "", "0", "3", "3", "3", "3", "3", "3", "3", "1,236"],
            ["2", "รถบรรทุกน้ำ", "เที่ยว", "5", "", "", "", "", "", "", "", "", "", "", "", "6"],
            ["", "รวมทั้งสิ้น", "", "1,205", "15", "", "", "0", "3", "3", "3", "3", "3", "3", "3", "1,244"]);

        var file = ServiceCountsFileReader.Read(table, Year2568);

        Assert.Empty(file.Errors);
        Assert.Equal(ServiceCountsFileShape.ServicesByMonth, file.Shape);
        Assert.Equal(Enumerable.Range(0, 12).Select(Year2568.FirstMonth.AddMonths), file.Months);
        Assert.Equal(["รับชำระภาษี", "รถบรรทุกน้ำ"], file.Services.Select(s => s.Name));
        var tax = file.Services[0];
        Assert.Equal((5, "ราย"), (tax.Row, tax.Unit));
        Assert.Null(tax.Department);
        Assert.Equal([1200, 15, null, null, 0, 3, 3, 3, 3, 3, 3, 3], tax.Figures.Select(f => f.Figure));
        Assert.Equal("E \"พ.ย. 67\"", tax.Figures[1].Column);
        // The water truck's total says 6 where its months add to 5; the grand total row is left out.
        Assert.Equal(["แถวที่ 6 คอลัมน์ P \"รวม (ราย)\": ยอดรวมในไฟล์ 6 ไม่เท่ากับผลรวมรายเดือน 5 จะบันทึกตามตัวเลขรายเดือน ตรวจดูว่าพิมพ์ตกหรือพิมพ์ผิดหรือไม่",
            "แถวที่ 7: แถวรวม ไม่นำเข้า (ระบบรวมให้เอง)"], file.Warnings.Select(w => w.ToString()));
    }

    [Fact]
    public void Every_bad_box_is_an_error_with_its_row_and_column()
    {
        var table = Table(
            ["งานบริการ", "ตุลาคม", "พฤศจิกายน", "ธันวาคม", "หมายเหตุ", "ผู้ตรวจ"],
            ["รับชำระภาษี", "-5", "1.5", "สิบ", "", ""],
            ["", "4", "", "", "ไม่มีชื่อ", ""],
            ["ลงทะเบียนเบี้ยยังชีพ", "2,000,000", "3", "", "", ""],
            ["รับชำระภาษี", "1", "", "", "", ""]);

        var file = ServiceCountsFileReader.Read(table, Year2568);

        Assert.Equal(
        [
            "แถวที่ 2 คอลัมน์ B \"ตุลาคม\": จำนวนติดลบไม่ได้ (จำนวนครั้งที่ให้บริการเป็น 0 ขึ้นไป)",
            "แถวที่ 2 คอลัมน์ C \"พฤศจิกายน\": จำนวนต้องเป็นจำนวนเต็ม ไม่มีทศนิยม",
            "แถวที่ 2 คอลัมน์ D \"ธันวาคม\": \"สิบ\" ไม่ใช่ตัวเลข กรอกจำนวนเต็ม เช่น 1,250 หรือ ๑๒ (เว้นว่างหรือใส่ - ถ้ายังไม่ได้นับ)",
            "แถวที่ 3 คอลัมน์ A \"งานบริการ\": ไม่มีชื่องานบริการ กรุณากรอกชื่อให้ตรงกับรายการบริการของหน่วยงาน",
            "แถวที่ 4 คอลัมน์ B \"ตุลาคม\": จำนวนเกิน 1,000,000 ต่อเดือน อาจพิมพ์ผิด",
            "แถวที่ 5 คอลัมน์ A \"งานบริการ\": บริการ \"รับชำระภาษี\" ซ้ำกับแถวที่ 2 (หนึ่งแถวต่อหนึ่งบริการ)",
        ], file.Errors.Select(e => e.ToString()));
        Assert.Equal(["แถวที่ 1 คอลัมน์ F \"ผู้ตรวจ\": ไม่รู้จักคอลัมน์นี้ จะไม่นำเข้า"], file.Warnings.Select(w => w.ToString()));
    }

    [Fact]
    public void Month_headings_of_another_year_or_twice_are_errors_and_a_file_without_a_header_says_what_it_needs()
    {
        var file = ServiceCountsFileReader.Read(Table(["บริการ", "ต.ค. 66", "พ.ย. 67", "พฤศจิกายน 2567"], ["รับชำระภาษี", "1", "2", "3"]), Year2568);
        Assert.Equal(
        [
            "แถวที่ 1 คอลัมน์ B \"ต.ค. 66\": เดือน \"ต.ค. 66\" ไม่อยู่ในปีงบประมาณ 2568 (ต.ค. 2567 – ก.ย. 2568)",
            "แถวที่ 1 คอลัมน์ D \"พฤศจิกายน 2567\": เดือนนี้ซ้ำกับคอลัมน์ C \"พ.ย. 67\" (หนึ่งคอลัมน์ต่อหนึ่งเดือน)",
        ], file.Errors.Select(e => e.ToString()));

        var none = ServiceCountsFileReader.Read(Table(["ชื่อ", "จำนวน"], ["ก", "1"]), Year2568);
        Assert.StartsWith("ไม่พบแถวหัวตาราง ต้องมีคอลัมน์ \"งานบริการ\"", Assert.Single(none.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_public_files_rows_are_gathered_by_service_and_the_systems_own_rows_left_out()
    {
        var table = Table(
            [.. ServiceStatisticsTable.Header],
            ["2568", "รับชำระภาษี", "กองคลัง", "ราย", "ตุลาคม 2567", "1250", ServiceStatisticsTable.CountedByOffice],
            ["2568", "รับชำระภาษี", "กองคลัง", "ราย", "พฤศจิกายน 2567", "", ServiceStatisticsTable.CountedByOffice],
            ["2568", "รถบรรทุกน้ำ", "ทั้งหน่วยงาน", "เที่ยว", "ตุลาคม 2567", "8", ServiceStatisticsTable.CountedByOffice],
            ["2568", "ร้องเรียน/ร้องทุกข์", "", "เรื่อง", "ตุลาคม 2567", "3", ServiceStatisticsTable.CountedBySystem],
            ["2567", "รับชำระภาษี", "กองคลัง", "ราย", "ธันวาคม 2567", "x", ServiceStatisticsTable.CountedByOffice],
            ["2568", "รับชำระภาษี", "กองคลัง", "ราย", "ตุลาคม 2567", "9", ServiceStatisticsTable.CountedByOffice]);

        var file = ServiceCountsFileReader.Read(table, Year2568);

        Assert.Equal(ServiceCountsFileShape.RowPerMonth, file.Shape);
        Assert.Equal(
        [
            "แถวที่ 6 คอลัมน์ A \"ปีงบประมาณ\": ปีงบประมาณ \"2567\" ไม่ตรงกับปีที่นำเข้า (2568)",
            "แถวที่ 6 คอลัมน์ F \"จำนวน\": \"x\" ไม่ใช่ตัวเลข กรอกจำนวนเต็ม เช่น 1,250 หรือ ๑๒ (เว้นว่างหรือใส่ - ถ้ายังไม่ได้นับ)",
            "แถวที่ 7 คอลัมน์ E \"เดือน\": เดือนนี้ของบริการ \"รับชำระภาษี\" ซ้ำกับแถวที่ 2 (หนึ่งแถวต่อหนึ่งบริการและเดือน)",
        ], file.Errors.Select(e => e.ToString()));
        Assert.Equal(["ข้าม 1 แถวที่ระบบนับอัตโนมัติจากเว็บไซต์ (ผู้นับ \"ระบบนับอัตโนมัติจากเว็บไซต์\") ระบบของหน่วยงานนับจากเว็บไซต์ของตนเอง"],
            file.Warnings.Select(w => w.ToString()));
        Assert.Equal([new YearMonth(2024, 10), new YearMonth(2024, 11)], file.Months);
        var tax = file.Services[0];
        Assert.Equal(("รับชำระภาษี", "ราย", "กองคลัง", 2), (tax.Name, tax.Unit, tax.Department, tax.Row));
        Assert.Equal([(new YearMonth(2024, 10), (int?)1250), (new YearMonth(2024, 11), null)], tax.Figures.Select(f => (f.Month, f.Figure)));
        Assert.Equal(("รถบรรทุกน้ำ", "ทั้งหน่วยงาน"), (file.Services[1].Name, file.Services[1].Department));
    }
}
